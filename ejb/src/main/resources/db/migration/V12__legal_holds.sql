-- Records management, second part (issue 14): legal holds. A hold covers records by record, meeting, body, date
-- range or saved search; while it is not lifted, a record it covers cannot be changed, disposed of or purged. The
-- application refuses first (LegalHold, in both languages); the triggers below refuse again for every other path,
-- direct SQL included.

-- where a record belongs, for holds by meeting, body or date: set when the record is filed
alter table record_retention add column meeting_id bigint references meeting (id);
alter table record_retention add column recorded_on date;
-- what became of the record: kept, destroyed (a tombstone remains) or transferred to the archives
alter table record_retention add column state varchar(20) not null default 'KEPT'
    check (state in ('KEPT', 'DESTROYED', 'TRANSFERRED'));

update record_retention r set meeting_id = a.meeting_id from agenda_revision a
    where r.record_type = 'AGENDA_REVISION' and a.id = r.record_id;
update record_retention r set meeting_id = b.meeting_id from bylaw b where r.record_type = 'BYLAW' and b.id = r.record_id;
update record_retention r set meeting_id = m.meeting_id from minutes m where r.record_type = 'MINUTES' and m.id = r.record_id;
update record_retention set recorded_on = coalesce(triggered_on, current_date);
alter table record_retention alter column recorded_on set not null;
create index record_retention_meeting on record_retention (meeting_id) where meeting_id is not null;

create table legal_hold (
    id          bigint generated always as identity primary key,
    tenant      varchar(40)   not null references municipality (slug),
    matter      varchar(200)  not null check (length(trim(matter)) > 0),
    reason      varchar(1000) not null check (length(trim(reason)) > 0),
    scope       varchar(20)   not null check (scope in ('RECORD', 'MEETING', 'BODY', 'DATE_RANGE', 'SEARCH')),
    meeting_id  bigint        references meeting (id),
    body_id     bigint        references body (id),
    from_day    date,
    to_day      date,
    query       varchar(500),
    -- who asked for it: staff, or a process such as an FOI request ("FOI:2027-014")
    source      varchar(80)   not null,
    placed_at   timestamptz   not null,
    placed_by   varchar(200)  not null,
    lifted_at   timestamptz,
    lifted_by   varchar(200),
    lift_reason varchar(1000),
    check ((scope = 'MEETING') = (meeting_id is not null)),
    check ((scope = 'BODY') = (body_id is not null)),
    check ((scope = 'DATE_RANGE') = (from_day is not null and to_day is not null and from_day <= to_day)),
    check ((scope = 'SEARCH') = (query is not null)),
    check ((lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_reason is null))
);
create index legal_hold_active on legal_hold (tenant) where lifted_at is null;

-- the records a hold by record or by saved search covers, fixed when it is placed
create table legal_hold_record (
    hold_id      bigint      not null references legal_hold (id),
    tenant       varchar(40) not null references municipality (slug),
    record_type  varchar(40) not null,
    record_id    bigint      not null,
    primary key (hold_id, record_type, record_id)
);
create index legal_hold_record_of on legal_hold_record (tenant, record_type, record_id);

-- a hold, once placed, is only ever lifted (with who, when and why): never deleted, never narrowed
create function legal_hold_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'legal hold % cannot be deleted; it is lifted', old.id using errcode = 'QH001';
    end if;
    if old.lifted_at is not null or new.matter <> old.matter or new.reason <> old.reason or new.scope <> old.scope
            or new.meeting_id is distinct from old.meeting_id or new.body_id is distinct from old.body_id
            or new.from_day is distinct from old.from_day or new.to_day is distinct from old.to_day
            or new.query is distinct from old.query or new.placed_at <> old.placed_at then
        raise exception 'legal hold % can only be lifted', old.id using errcode = 'QH001';
    end if;
    return new;
end $$;
create trigger legal_hold_kept before update or delete on legal_hold for each row execute function legal_hold_kept();

create function legal_hold_record_kept() returns trigger language plpgsql as $$
begin
    raise exception 'the records of legal hold % are fixed', old.hold_id using errcode = 'QH001';
end $$;
create trigger legal_hold_record_kept before update or delete on legal_hold_record for each row
    execute function legal_hold_record_kept();

-- whether an active hold covers this record: the one rule every trigger below asks
create function record_held(p_tenant varchar, p_type varchar, p_id bigint) returns boolean language sql stable as $$
    select exists (
        select 1 from legal_hold h join record_retention r
            on r.tenant = h.tenant and r.record_type = p_type and r.record_id = p_id
        where h.tenant = p_tenant and h.lifted_at is null and (
            (h.scope in ('RECORD', 'SEARCH') and exists (select 1 from legal_hold_record x where x.hold_id = h.id
                and x.record_type = p_type and x.record_id = p_id))
            or (h.scope = 'MEETING' and h.meeting_id = r.meeting_id)
            or (h.scope = 'BODY' and exists (select 1 from meeting m where m.id = r.meeting_id
                and m.body_id = h.body_id))
            or (h.scope = 'DATE_RANGE' and r.recorded_on between h.from_day and h.to_day)))
$$;

create function refuse_if_held(p_tenant varchar, p_type varchar, p_id bigint) returns void language plpgsql as $$
begin
    if record_held(p_tenant, p_type, p_id) then
        raise exception '% % is under a legal hold: it cannot be changed, disposed of or purged', p_type, p_id
            using errcode = 'QH002';
    end if;
end $$;

-- a record's retention: while held, it is neither deleted nor moved out of "kept"
create function record_retention_held() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.state <> old.state then
        perform refuse_if_held(old.tenant, old.record_type, old.record_id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger record_retention_held before update or delete on record_retention for each row
    execute function record_retention_held();

create function staff_report_held() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.title <> old.title or new.recommendation <> old.recommendation
            or new.body_text <> old.body_text then
        perform refuse_if_held(old.tenant, 'STAFF_REPORT', old.id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger staff_report_held before update or delete on staff_report for each row
    execute function staff_report_held();

create function report_attachment_held() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform refuse_if_held(new.tenant, 'STAFF_REPORT', new.report_id);
        return new;
    end if;
    perform refuse_if_held(old.tenant, 'STAFF_REPORT', old.report_id);
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger report_attachment_held before insert or update or delete on report_attachment for each row
    execute function report_attachment_held();

create function agenda_revision_held() returns trigger language plpgsql as $$
begin
    perform refuse_if_held(old.tenant, 'AGENDA_REVISION', old.id);
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger agenda_revision_held before update or delete on agenda_revision for each row
    execute function agenda_revision_held();

create function minutes_held() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.html <> old.html or new.status <> old.status or new.version <> old.version
            or new.pdf_id is distinct from old.pdf_id then
        perform refuse_if_held(old.tenant, 'MINUTES', old.id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger minutes_held before update or delete on minutes for each row execute function minutes_held();

create function minutes_version_held() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform refuse_if_held(new.tenant, 'MINUTES', new.minutes_id);
        return new;
    end if;
    perform refuse_if_held(old.tenant, 'MINUTES', old.minutes_id);
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger minutes_version_held before insert or update or delete on minutes_version for each row
    execute function minutes_version_held();

create function bylaw_held() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.html <> old.html or new.title <> old.title or new.number <> old.number
            or new.pdf_id <> old.pdf_id then
        perform refuse_if_held(old.tenant, 'BYLAW', old.id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger bylaw_held before update or delete on bylaw for each row execute function bylaw_held();

-- a stored file's content is not purged or altered while a held record uses it
create function stored_file_held(p_file bigint) returns boolean language sql stable as $$
    select exists (select 1 from agenda_revision a where (a.public_pdf_id = p_file or a.members_pdf_id = p_file)
                and record_held(a.tenant, 'AGENDA_REVISION', a.id))
        or exists (select 1 from report_attachment x where x.file_id = p_file
                and record_held(x.tenant, 'STAFF_REPORT', x.report_id))
        or exists (select 1 from minutes m where m.pdf_id = p_file and record_held(m.tenant, 'MINUTES', m.id))
        or exists (select 1 from bylaw b where b.pdf_id = p_file and record_held(b.tenant, 'BYLAW', b.id))
$$;

create function stored_file_chunk_held() returns trigger language plpgsql as $$
begin
    if exists (select 1 from legal_hold h join stored_file f on f.tenant = h.tenant
               where f.id = old.file_id and h.lifted_at is null) and stored_file_held(old.file_id) then
        raise exception 'stored file % is part of a record under a legal hold: it cannot be purged or altered',
            old.file_id using errcode = 'QH002';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger stored_file_chunk_held before update or delete on stored_file_chunk for each row
    execute function stored_file_chunk_held();
