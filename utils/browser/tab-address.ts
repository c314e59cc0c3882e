// The address of the tab the popup linked from, to fill in "Test on a URL". Readable only while
// Clipdown may read that tab (the toolbar click's activeTab grant, or a host permission).
import { browser } from 'wxt/browser';

export async function tabAddress(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null; // closed since
  }
}
