import type { Bundle } from '../types';

/**
 * `npm start` / `npm run dev` (electron/launcher): what the launcher says before Electron runs.
 * The tests run on Node 20.19+, while Electron 45's own tooling (its lazy binary download)
 * declares Node 22.12+; these lines say which is which.
 */
export const launcher = {
  'zh-CN': {
    nodeTooOld: 'Node {{version}} 版本过低：构建工具需要 Node 20.19 或更高版本，桌面应用建议 Node 22.12 或更高版本。',
    nodeOldTooling: '提示：当前 Node {{version}}。Electron 45 的下载工具要求 Node 22.12 或更高版本；构建和测试在 Node 20.19 以上可用，如下载 Electron 失败，请改用 Node 22.12 或更高版本。',
    downloadFailed:
      '无法获取 Electron {{version}} 程序（{{reason}}）。首次运行 npm start 需要联网下载；也可设置 ELECTRON_MIRROR 为可访问的镜像，或设置 ELECTRON_OVERRIDE_DIST_PATH 为已解压的 Electron 所在文件夹。',
    notExecutable: '找不到 Electron 程序：{{path}}（请检查 ELECTRON_OVERRIDE_DIST_PATH）。',
  },
  'zh-TW': {
    nodeTooOld: 'Node {{version}} 版本過低：建置工具需要 Node 20.19 或更新版本，桌面應用程式建議 Node 22.12 或更新版本。',
    nodeOldTooling: '提示：目前 Node {{version}}。Electron 45 的下載工具要求 Node 22.12 或更新版本；建置和測試在 Node 20.19 以上可用，如下載 Electron 失敗，請改用 Node 22.12 或更新版本。',
    downloadFailed:
      '無法取得 Electron {{version}} 程式（{{reason}}）。首次執行 npm start 需要連網下載；也可設定 ELECTRON_MIRROR 為可存取的鏡像，或設定 ELECTRON_OVERRIDE_DIST_PATH 為已解壓的 Electron 所在資料夾。',
    notExecutable: '找不到 Electron 程式：{{path}}（請檢查 ELECTRON_OVERRIDE_DIST_PATH）。',
  },
  en: {
    nodeTooOld: 'Node {{version}} is too old: the build tools need Node 20.19 or newer, the desktop app Node 22.12 or newer.',
    nodeOldTooling:
      'Note: Node {{version}}. Electron 45 declares Node 22.12 or newer for its download tool; the build and the tests work on Node 20.19+. If fetching Electron fails, use Node 22.12 or newer.',
    downloadFailed:
      'Cannot get the Electron {{version}} binary ({{reason}}). The first npm start downloads it and needs the internet; or set ELECTRON_MIRROR to a reachable mirror, or ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron.',
    notExecutable: 'No Electron executable at {{path}} (check ELECTRON_OVERRIDE_DIST_PATH).',
  },
} satisfies Bundle;
