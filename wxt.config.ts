import { defineConfig } from 'wxt';

// Permissions are the whole security story of a clipper: see README "Permissions".
// No host permissions: the extractor is injected into the active tab only after the
// user clicks the toolbar button, which grants `activeTab` for that tab.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: the same modules run in Node (CLI, tests) without WXT's globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Clipdown',
    description: 'Clip the article in the current tab to clean Markdown with YAML front-matter.',
    // unlimitedStorage: the clip library (IndexedDB) holds years of clips and their images; without it
    // the browser may evict it under storage pressure or cap it.
    permissions: ['activeTab', 'scripting', 'storage', 'downloads', 'unlimitedStorage'],
    // Asked for only when the user chooses to download or embed images (options page): fetching an
    // image from another site needs it. Never granted by default.
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: 'Clip this page to Markdown' },
    // Firefox needs an add-on id for storage and downloads; Chrome would warn about the key.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'clipdown@clipdown.dev', strict_min_version: '128.0' } },
    }),
  }),
});
