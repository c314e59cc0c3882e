// Tells whether a Han string opens with a common Chinese surname: the check that separates a bare name
// line ("胡平") from a bare label ("副刊", "社论") where nothing else in the page says which it is.

/** The ~300 most common single-character surnames (simplified, then traditional forms), covering ~96% of people. */
const SINGLE = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝区郜阚权帅屠朴练廉禹井祖漆巴丰卿狄计宣晋相初容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌裘亓修邰赫杭况宿鲜逯隆茹诸慕危亢嵇湛宾戎勾茅尉衣展昝幸衡尧' +
    '張劉陳楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閆賀顧龔錢嚴湯莊聶魯歐蘭寧紀畢塗駱藍饒蔣許雷錢齊喬龐顏鄔邊師欒隋鞏勞藺樓閻廖羅楊陶鄺關農衛鮑費譚闕竇',
);
const COMPOUND = /^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|宇文|长孙|長孫|夏侯|轩辕|軒轅|端木|司徒|西门|西門|澹台|澹臺)/;

export function startsWithSurname(name: string): boolean {
  return SINGLE.has(name.charAt(0)) || COMPOUND.test(name);
}
