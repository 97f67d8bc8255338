//! A filesystem that loses, in a power cut, everything not yet made
//! durable — for the outbox's power-cut test (tests/outbox_power_cut.rs),
//! in the spirit of LazyFS. Not part of the kiosk.
//!
//! `outbox_power_cut --power-cut-fs BACKING MOUNTPOINT` (the test binary
//! run again as the filesystem's own process) mounts a flat folder over
//! FUSE. Files
//! live in this process's memory; a file's content reaches BACKING only
//! when the file is fsynced (written beside, then renamed, so BACKING
//! always holds each file as of its last fsync), and an unlink reaches it
//! at once. Killing this process with SIGKILL is the power cut: what was
//! written and not fsynced is gone, as from a disk's cache, and BACKING is
//! the disk as the machine finds it when it boots again. The test runs it
//! as a process of its own, so a stuck filesystem can always be killed.
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use fuser::{
    Config, Errno, FileAttr, FileHandle, FileType, Filesystem, FopenFlags, Generation, INodeNo,
    LockOwner, MountOption, OpenFlags, ReplyAttr, ReplyCreate, ReplyData, ReplyDirectory,
    ReplyEmpty, ReplyEntry, ReplyOpen, ReplyWrite, Request, WriteFlags,
};

const TTL: Duration = Duration::ZERO;

struct File {
    name: String,
    data: Vec<u8>,
    mode: u16,
}

struct State {
    /// Files by inode; an unlinked file keeps its inode while it is open.
    files: BTreeMap<u64, File>,
    /// Names in the folder.
    names: BTreeMap<String, u64>,
    next: u64,
}

struct PowerCutFs {
    backing: PathBuf,
    state: Mutex<State>,
}

fn attr(ino: u64, file: Option<&File>) -> FileAttr {
    let (kind, perm, size, nlink) = match file {
        Some(f) => (FileType::RegularFile, f.mode, f.data.len() as u64, 1),
        None => (FileType::Directory, 0o755, 0, 2),
    };
    FileAttr {
        ino: INodeNo(ino),
        size,
        blocks: size.div_ceil(512),
        atime: SystemTime::UNIX_EPOCH,
        mtime: SystemTime::UNIX_EPOCH,
        ctime: SystemTime::UNIX_EPOCH,
        crtime: SystemTime::UNIX_EPOCH,
        kind,
        perm,
        nlink,
        uid: 0,
        gid: 0,
        rdev: 0,
        flags: 0,
        blksize: 4096,
    }
}

/// Writes `data` as `dir/name` so that the file is either its old or its
/// new content, durably.
fn persist(dir: &Path, name: &str, data: &[u8]) -> std::io::Result<()> {
    let beside = dir.join(format!(".{name}.persisting"));
    let mut file = std::fs::File::create(&beside)?;
    file.write_all(data)?;
    file.sync_all()?;
    std::fs::rename(&beside, dir.join(name))?;
    std::fs::File::open(dir)?.sync_all()
}

impl PowerCutFs {
    fn load(backing: PathBuf) -> std::io::Result<Self> {
        let mut state = State {
            files: BTreeMap::new(),
            names: BTreeMap::new(),
            next: 2,
        };
        for entry in std::fs::read_dir(&backing)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".persisting") || !entry.file_type()?.is_file() {
                continue;
            }
            let ino = state.next;
            state.next += 1;
            let data = std::fs::read(entry.path())?;
            state.names.insert(name.clone(), ino);
            state.files.insert(
                ino,
                File {
                    name,
                    data,
                    mode: 0o600,
                },
            );
        }
        Ok(Self {
            backing,
            state: Mutex::new(state),
        })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Filesystem for PowerCutFs {
    fn lookup(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        let state = self.state();
        let found = (parent == INodeNo::ROOT)
            .then(|| state.names.get(&*name.to_string_lossy()))
            .flatten();
        match found {
            Some(ino) => reply.entry(&TTL, &attr(*ino, state.files.get(ino)), Generation(0)),
            None => reply.error(Errno::ENOENT),
        }
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        let state = self.state();
        if ino == INodeNo::ROOT {
            return reply.attr(&TTL, &attr(1, None));
        }
        match state.files.get(&u64::from(ino)) {
            Some(file) => reply.attr(&TTL, &attr(ino.into(), Some(file))),
            None => reply.error(Errno::ENOENT),
        }
    }

    fn setattr(
        &self,
        _req: &Request,
        ino: INodeNo,
        mode: Option<u32>,
        _uid: Option<u32>,
        _gid: Option<u32>,
        size: Option<u64>,
        _atime: Option<fuser::TimeOrNow>,
        _mtime: Option<fuser::TimeOrNow>,
        _ctime: Option<SystemTime>,
        _fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        if ino == INodeNo::ROOT {
            return reply.attr(&TTL, &attr(1, None));
        }
        let mut state = self.state();
        let Some(file) = state.files.get_mut(&u64::from(ino)) else {
            return reply.error(Errno::ENOENT);
        };
        if let Some(size) = size {
            file.data.resize(size as usize, 0);
        }
        if let Some(mode) = mode {
            file.mode = (mode & 0o7777) as u16;
        }
        reply.attr(&TTL, &attr(ino.into(), Some(file)));
    }

    fn open(&self, _req: &Request, ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        if self.state().files.contains_key(&u64::from(ino)) {
            reply.opened(FileHandle(0), FopenFlags::empty());
        } else {
            reply.error(Errno::ENOENT);
        }
    }

    fn create(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        _flags: i32,
        reply: ReplyCreate,
    ) {
        if parent != INodeNo::ROOT {
            return reply.error(Errno::ENOENT);
        }
        let name = name.to_string_lossy().into_owned();
        let mut state = self.state();
        let ino = match state.names.get(&name) {
            Some(ino) => *ino,
            None => {
                let ino = state.next;
                state.next += 1;
                state.names.insert(name.clone(), ino);
                state.files.insert(
                    ino,
                    File {
                        name,
                        data: Vec::new(),
                        mode: (mode & 0o7777) as u16,
                    },
                );
                ino
            }
        };
        let attr = attr(ino, state.files.get(&ino));
        reply.created(
            &TTL,
            &attr,
            Generation(0),
            FileHandle(0),
            FopenFlags::empty(),
        );
    }

    fn read(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        size: u32,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyData,
    ) {
        let state = self.state();
        let Some(file) = state.files.get(&u64::from(ino)) else {
            return reply.error(Errno::ENOENT);
        };
        let start = (offset as usize).min(file.data.len());
        let end = (start + size as usize).min(file.data.len());
        reply.data(&file.data[start..end]);
    }

    fn write(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        data: &[u8],
        _write_flags: WriteFlags,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyWrite,
    ) {
        let mut state = self.state();
        let Some(file) = state.files.get_mut(&u64::from(ino)) else {
            return reply.error(Errno::ENOENT);
        };
        let end = offset as usize + data.len();
        if file.data.len() < end {
            file.data.resize(end, 0);
        }
        file.data[offset as usize..end].copy_from_slice(data);
        reply.written(data.len() as u32);
    }

    fn flush(
        &self,
        _req: &Request,
        _ino: INodeNo,
        _fh: FileHandle,
        _lock_owner: LockOwner,
        reply: ReplyEmpty,
    ) {
        // close() makes nothing durable.
        reply.ok();
    }

    fn fsync(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        let state = self.state();
        let Some(file) = state.files.get(&u64::from(ino)) else {
            return reply.error(Errno::ENOENT);
        };
        // An unlinked file has nothing left to make durable.
        if state.names.get(&file.name) != Some(&u64::from(ino)) {
            return reply.ok();
        }
        match persist(&self.backing, &file.name, &file.data) {
            Ok(()) => reply.ok(),
            Err(_) => reply.error(Errno::EIO),
        }
    }

    fn fsyncdir(
        &self,
        _req: &Request,
        _ino: INodeNo,
        _fh: FileHandle,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        // A file exists on the disk from its first fsync; unlinks are
        // applied at once.
        reply.ok();
    }

    fn unlink(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        if parent != INodeNo::ROOT {
            return reply.error(Errno::ENOENT);
        }
        let name = name.to_string_lossy().into_owned();
        let mut state = self.state();
        if state.names.remove(&name).is_none() {
            return reply.error(Errno::ENOENT);
        }
        match std::fs::remove_file(self.backing.join(&name)) {
            Ok(()) => {
                let _ = std::fs::File::open(&self.backing).and_then(|d| d.sync_all());
                reply.ok();
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => reply.ok(),
            Err(_) => reply.error(Errno::EIO),
        }
    }

    fn readdir(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        mut reply: ReplyDirectory,
    ) {
        if ino != INodeNo::ROOT {
            return reply.error(Errno::ENOTDIR);
        }
        let state = self.state();
        let mut entries = vec![
            (1, FileType::Directory, ".".to_owned()),
            (1, FileType::Directory, "..".to_owned()),
        ];
        entries.extend(
            state
                .names
                .iter()
                .map(|(name, ino)| (*ino, FileType::RegularFile, name.clone())),
        );
        for (i, (ino, kind, name)) in entries.into_iter().enumerate().skip(offset as usize) {
            if reply.add(INodeNo(ino), (i + 1) as u64, kind, name) {
                break;
            }
        }
        reply.ok();
    }

    fn access(&self, _req: &Request, _ino: INodeNo, _mask: fuser::AccessFlags, reply: ReplyEmpty) {
        reply.ok();
    }
}

/// The argument that makes the test binary this filesystem.
pub const ARG: &str = "--power-cut-fs";

/// Mounts and serves until killed (or unmounted).
pub fn main(args: &[String]) -> std::process::ExitCode {
    let [backing, mountpoint] = args else {
        eprintln!("usage: outbox_power_cut {ARG} BACKING MOUNTPOINT");
        return std::process::ExitCode::from(2);
    };
    let fs = match PowerCutFs::load(PathBuf::from(backing)) {
        Ok(fs) => fs,
        Err(e) => {
            eprintln!("power_cut_fs: {backing}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let mut config = Config::default();
    config.mount_options.extend([
        MountOption::FSName("serto-power-cut".into()),
        MountOption::RW,
    ]);
    match fuser::mount(fs, mountpoint, &config) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("power_cut_fs: cannot mount {mountpoint}: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
