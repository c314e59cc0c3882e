// The popup's "Edit" link: the options page opened on one rule's editor, which reads the hash.
import { browser } from 'wxt/browser';

/** `tabId` lets the editor test the rule on the page the user came from. */
export async function openRuleEditor(ruleId: string, tabId: number | undefined): Promise<void> {
  const hash = new URLSearchParams({ rule: ruleId, ...(tabId !== undefined && { tab: String(tabId) }) });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${hash}` });
}
