// One import for e2e tests: `import { launchWithExtension, clickToolbarButton, ... } from './support'`.
export { launchWithExtension, extensionIdFromPath, type Harness, type LaunchOptions } from './launch-browser';
export { clickToolbarButton, tabTargetIdOf, type PopupHandle, type ClickOptions } from './toolbar';
export { serveDirectory, type StaticServer, type ServeOptions } from './static-server';
export { waitForDownload, listDownloads, type DownloadedFile, type WaitForDownloadOptions } from './downloads';
export { openExtensionPage, readIndexedDb, readExtensionStorage } from './extension-page';
export { readStoredClips } from './stored-clips';
export { TargetSession } from './cdp-target';
export { extensionDir, REPO_ROOT, CHROMIUM_PATH, EXTENSION_DIR_ENV } from './paths';
export { shadowText } from './shadow-text';
