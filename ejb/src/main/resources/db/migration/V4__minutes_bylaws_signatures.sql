-- Issue 5: minutes (with versions, adoption, corrections), by-laws, signing keys, signatures, and the registry of
-- published files that the verification page answers from.

create table minutes (
    id                  bigint generated always as identity primary key,
    tenant              varchar(40)  not null references municipality (slug),
    meeting_id          bigint       not null references meeting (id),
    kind                varchar(10)  not null check (kind in ('OPEN', 'CLOSED')),
    status              varchar(10)  not null check (status in ('DRAFT', 'ADOPTED')),
    html                text         not null,
    version             int          not null,
    created_at          timestamptz  not null,
    adopted_at          timestamptz,
    adopted_by          varchar(120),
    adopted_meeting_id  bigint references meeting (id),
    adopted_motion      bigint,
    corrects_id         bigint references minutes (id),
    corrected_by_id     bigint references minutes (id),
    pdf_id              bigint references stored_file (id),
    check ((status = 'ADOPTED') = (adopted_at is not null and adopted_meeting_id is not null and pdf_id is not null))
);
-- one original record of each kind per meeting; corrections are further rows linked to what they correct
create unique index minutes_original on minutes (meeting_id, kind) where corrects_id is null;
create unique index minutes_one_correction on minutes (corrects_id) where corrects_id is not null;

create table minutes_version (
    id          bigint generated always as identity primary key,
    tenant      varchar(40)  not null references municipality (slug),
    minutes_id  bigint       not null references minutes (id),
    version     int          not null,
    html        text         not null,
    edited_by   varchar(120) not null,
    edited_at   timestamptz  not null,
    note        varchar(200) not null,
    unique (minutes_id, version)
);

-- adopted minutes are frozen by the database too: their text and adoption never change
create function minutes_frozen() returns trigger language plpgsql as $$
begin
    if old.status = 'ADOPTED' and (new.html is distinct from old.html or new.version <> old.version
            or new.status <> old.status or new.adopted_at is distinct from old.adopted_at
            or new.adopted_meeting_id is distinct from old.adopted_meeting_id) then
        raise exception 'adopted minutes % are frozen; a correction is a new record', old.id;
    end if;
    return new;
end $$;
create trigger minutes_frozen before update on minutes for each row execute function minutes_frozen();

create table bylaw (
    id              bigint generated always as identity primary key,
    tenant          varchar(40)  not null references municipality (slug),
    number          varchar(40)  not null,
    title           varchar(300) not null,
    html            text         not null,
    first_reading   date         not null,
    second_reading  date         not null,
    third_reading   date         not null,
    enacted_on      date         not null,
    meeting_id      bigint       not null references meeting (id),
    motion          bigint       not null,
    registered_at   timestamptz  not null,
    registered_by   varchar(120) not null,
    pdf_id          bigint       not null references stored_file (id),
    unique (tenant, number),
    check (first_reading <= second_reading and second_reading <= third_reading and third_reading <= enacted_on)
);

-- a municipality's certificate (owner null) or a person's; the PKCS#12 file is encrypted with the server's key,
-- and so is the municipality's keystore password (a person's password is never stored: it is typed to sign)
create table signing_key (
    id                 bigint generated always as identity primary key,
    tenant             varchar(40)  not null references municipality (slug),
    owner              varchar(60),
    subject            varchar(500) not null,
    certificate_sha256 char(64)     not null,
    not_before         timestamptz  not null,
    not_after          timestamptz  not null,
    keystore           bytea        not null,
    password           bytea,
    created_at         timestamptz  not null,
    created_by         varchar(120) not null,
    replaced_at        timestamptz
);
create unique index signing_key_current on signing_key (tenant, coalesce(owner, '')) where replaced_at is null;

create table record_signature (
    id                 bigint generated always as identity primary key,
    tenant             varchar(40)  not null references municipality (slug),
    record_type        varchar(10)  not null check (record_type in ('MINUTES', 'BYLAW')),
    record_id          bigint       not null,
    capacity           varchar(10)  not null check (capacity in ('CHAIR', 'CLERK')),
    username           varchar(60)  not null,
    signer_name        varchar(200) not null,
    certificate_sha256 char(64)     not null,
    certificate_subject varchar(500) not null,
    signed_at          timestamptz  not null,
    time_stamped       boolean      not null,
    file_id            bigint       not null references stored_file (id),
    unique (record_type, record_id, capacity),
    unique (record_type, record_id, username)
);

-- every file published as a record, by its SHA-256: what the verification page answers from
create table published_file (
    id           bigint generated always as identity primary key,
    tenant       varchar(40)  not null references municipality (slug),
    sha256       char(64)     not null,
    file_id      bigint       not null references stored_file (id),
    record_type  varchar(10)  not null,
    record_id    bigint       not null,
    title        varchar(400) not null,
    state        varchar(200) not null,
    public       boolean      not null,
    published_at timestamptz  not null,
    unique (tenant, sha256)
);

-- the RFC 3161 time-stamp authority this municipality's signatures use (none: PAdES B-B without time-stamp)
alter table municipality add column tsa_url varchar(500);
