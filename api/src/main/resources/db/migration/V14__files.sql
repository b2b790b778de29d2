-- Evidence files (issue 11): metadata here, bytes in the configured store (a directory or S3-compatible storage)
-- under a random key that reveals nothing. Files are write-once: no row is ever updated or deleted, and a key is
-- never reused. A row is written only after its bytes are stored (in the upload's transaction, with the owner's
-- timeline entry); bytes whose row never committed are orphans that FileOrphanSweep removes.
create table files (
    id             uuid primary key default gen_random_uuid(),
    seq            bigint generated always as identity,   -- upload order (files of one request share a time)
    project_id     uuid not null references projects (id),
    owner_type     text not null check (owner_type in ('WORK_ORDER', 'KEY_DEPOSIT', 'INSPECTION_FINDING')),
    owner_id       uuid not null,
    kind           text not null check (kind in ('PHOTO', 'DOCUMENT')),
    stage          text not null check (stage in ('BEFORE', 'DURING', 'AFTER', 'OTHER', 'AUTHORIZATION')),
    file_name      text not null check (length(file_name) between 1 and 255),
    content_type   text not null,
    size_bytes     bigint not null check (size_bytes > 0),
    sha256         text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    width          int check (width > 0),
    height         int check (height > 0),
    storage_key    text not null unique,
    thumbnail_key  text unique,
    uploaded_by    uuid not null references users (id),
    created_at     timestamptz not null default clock_timestamp()
);
create index files_owner on files (project_id, owner_type, owner_id, seq);

create trigger files_write_once before update or delete on files
    for each row execute function append_only();
create trigger files_no_truncate before truncate on files
    for each statement execute function append_only();

-- Per project: completing a REPAIR needs an AFTER photo (off by default).
alter table projects add column after_photo_required boolean not null default false;
