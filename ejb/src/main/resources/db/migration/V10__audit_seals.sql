-- Audit chain seals (issue 13): the head's HMAC under a key kept outside the database, and each day's last entry as
-- an anchor (sealed too) that is published, so that a rewrite of entries and head together is detected.
alter table audit_head add column seal char(64);
create table audit_anchor (
    tenant       varchar(40)  not null references municipality (slug),
    day          date         not null,
    seq          bigint       not null,
    hash         char(64)     not null,
    seal         char(64)     not null,
    anchored_at  timestamptz  not null,
    primary key (tenant, day)
);
