// Where the cache lives unless --cache-dir says otherwise: the user's cache directory
// ($XDG_CACHE_HOME/yoy, else ~/.cache/yoy on Linux; ~/Library/Caches/yoy on macOS;
// %LOCALAPPDATA%\yoy\Cache on Windows), never the project or the current directory,
// so that a run on any input writes nothing there but its output.
import envPaths from 'env-paths';

/** Read when a run starts, from the environment as it is then. */
export function defaultCacheDir(): string {
  // no "-nodejs" suffix: yoy is the only program of that name that would keep a cache there
  return envPaths('yoy', { suffix: '' }).cache;
}
