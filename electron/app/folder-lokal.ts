import path from 'node:path'

/**
 * Why a path may not be opened in the file manager, or null when it may.
 * Only absolute paths on a local disk: no URLs (shell.openPath would hand
 * them to the OS), no network shares (\\server\share), no relative paths.
 * Whether it exists and is a folder is checked by the caller with fs.
 */
export function alasanTolakFolder(folder: string, platform: NodeJS.Platform = process.platform): string | null {
  if (typeof folder !== 'string' || folder.trim() === '') return 'Folder kosong.'
  if (folder.includes('\0')) return 'Nama folder tidak valid.'
  const win = platform === 'win32'
  if (/^[\\/]{2}/.test(folder)) return 'Folder jaringan tidak dibuka dari aplikasi.'
  // A scheme such as file:, http:, smb: — but not a Windows drive letter (C:).
  if (/^[a-z][a-z0-9+.-]+:/i.test(folder)) return 'Hanya folder di komputer ini yang dapat dibuka.'
  if (win && !/^[a-z]:[\\/]/i.test(folder)) return 'Folder harus berupa alamat lengkap (mis. C:\\...).'
  const p = win ? path.win32 : path.posix
  if (!p.isAbsolute(folder)) return 'Folder harus berupa alamat lengkap.'
  return null
}
