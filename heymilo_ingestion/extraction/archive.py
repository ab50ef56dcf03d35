"""ZIP archives: members read in memory under caps that stop zip bombs, and
CSV rows merged with the resumes they name."""

import functools
import io
import os
import zipfile

from .fields import fold
from .names import safe_member_name

_SKIPPED_DIRS = ("__MACOSX/",)


class ArchiveError(Exception):
    """An archive that must not or cannot be opened; the message is for a person."""


class Allowance:
    """What one uploaded archive may still unpack, its nested archives
    included: the member and size caps count across all of them, so that
    archives inside an archive cannot multiply the caps."""

    def __init__(self, limits, members_used=0, size_used=0):
        self.limits, self.members_used, self.size_used = limits, members_used, size_used

    def take(self, count, size):
        """Reserve ``count`` members of ``size`` bytes in all, or raise
        ``ArchiveError`` saying which cap it would break."""
        limits = self.limits
        before = (
            " (with the %d files and %d MB already unpacked from the upload it came in)"
            % (self.members_used, self.size_used // 2**20)
            if self.members_used
            else ""
        )
        if self.members_used + count > limits.zip_max_members:
            raise ArchiveError(
                "This ZIP archive holds %d files%s; at most %d are accepted." % (count, before, limits.zip_max_members)
            )
        if self.size_used + size > limits.zip_max_total_size:
            raise ArchiveError(
                "This ZIP archive would unpack to %d MB%s, more than the %d MB allowed."
                % (size // 2**20, before, limits.zip_max_total_size // 2**20)
            )
        self.members_used += count
        self.size_used += size


class Archive:
    """A ZIP archive whose central directory passed the caps that stop zip
    bombs; its members are read on demand, by position.

    The member and size caps are taken from ``allowance`` (an ``Allowance``
    shared with the archive this one came in), else from ``limits`` alone.
    Nothing is decompressed to check the caps, and ``zipfile`` never returns
    more than the declared size of a member (and checks its CRC), so the
    checks bound memory and time.
    """

    def __init__(self, data, limits, allowance=None):
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self._infos = [i for i in self._zip.infolist() if _wanted(i)]
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise ArchiveError("This ZIP archive is damaged and cannot be opened.") from exc
        infos = self._infos
        if any(info.flag_bits & 0x1 for info in infos):
            raise ArchiveError("This ZIP archive is password-protected; upload an archive without a password.")
        for info in infos:
            if info.file_size > 2**20 and info.file_size > limits.zip_max_ratio * max(info.compress_size, 1):
                raise ArchiveError(
                    "This ZIP archive looks like a zip bomb: %s is compressed more than %d times."
                    % (safe_member_name(info.filename), limits.zip_max_ratio)
                )
        (allowance or Allowance(limits)).take(len(infos), sum(info.file_size for info in infos))

    @functools.cached_property
    def names(self):
        """The members' paths, made safe (``names.safe_member_name``)."""
        return [safe_member_name(info.filename) for info in self._infos]

    def size(self, index):
        return self._infos[index].file_size

    def read_member(self, index, head=None):
        """The member's bytes (only the first ``head`` bytes if given); None
        when it is over the file size limit, ``b""`` when it is damaged."""
        info = self._infos[index]
        if info.file_size > self.limits.max_file_size:
            return None
        try:
            with self._zip.open(info) as member:
                return member.read(head) if head else member.read()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            return b""


def read_members(data, limits, allowance=None):
    """Return ``[(name, bytes)]`` for the files of the archive ``data``
    (bytes None: over the size limit, see ``Archive.read_member``), within
    ``allowance`` (an ``Allowance`` shared with the archive it came in)."""
    archive = Archive(data, limits, allowance)
    return [(name, archive.read_member(index)) for index, name in enumerate(archive.names)]


def _wanted(info):
    name = info.filename.replace("\\", "/")
    if info.is_dir() or name.startswith(_SKIPPED_DIRS) or "/__MACOSX/" in name:
        return False
    return not any(part.startswith(".") and part not in (".", "..") for part in name.split("/"))


def _key(file_name):
    return fold(os.path.splitext(os.path.basename(file_name))[0]).strip()


def merge_rows_into_resumes(rows, resumes):
    """Merge CSV row profiles into resume profiles they belong to.

    ``rows`` are CSV profiles, ``resumes`` maps a member name to its resume
    profile. A row names its resume in a resume/file column, or shares its
    e-mail. CSV values are typed by people, so they win over parsed ones; the
    resume fills the gaps. Returns the rows that were merged.
    """
    by_file = {_key(name): profile for name, profile in resumes.items()}
    by_email = {p.email: p for p in resumes.values() if p.email}
    merged = []
    for row in rows:
        target = by_file.get(_key(row.extra.get("resume_file", ""))) or by_email.get(row.email)
        if target is None or target.source_row is not None:
            continue
        for attribute in ("name", "email", "phone", "linkedin_url", "location", "headline"):
            value = getattr(row, attribute)
            if value:
                setattr(target, attribute, value)
                if attribute in row.confidence:  # the value brings its confidence
                    target.confidence[attribute] = row.confidence[attribute]
        target.emails = list(dict.fromkeys([target.email] + target.emails))
        target.phones = list(dict.fromkeys([p for p in [target.phone] + target.phones if p]))
        target.extra.update(row.extra)
        target.source_row = row.source_row
        merged.append(row)
    return merged
