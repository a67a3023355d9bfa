-- Issue 3: agenda templates, agendas, staff reports and their approval, stored files, published revisions, packets.

alter table body add column agenda_deadline_days int not null default 7 check (agenda_deadline_days between 0 and 60);
alter table body add column agenda_deadline_time time not null default '12:00';

create table agenda_template (
    id       bigint generated always as identity primary key,
    tenant   varchar(40) not null references municipality (slug),
    body_id  bigint      not null unique references body (id),
    version  bigint      not null
);

create table template_section (
    template_id bigint       not null references agenda_template (id) on delete cascade,
    position    int          not null,
    title       varchar(200) not null,
    title_fr    varchar(200) not null,
    kind        varchar(40)  not null,
    primary key (template_id, position)
);

create table stored_file (
    id          bigint generated always as identity primary key,
    tenant      varchar(40) not null references municipality (slug),
    sha256      char(64)    not null,
    size        bigint      not null check (size >= 0),
    media_type  varchar(100) not null,
    created_at  timestamptz not null,
    unique (tenant, sha256)
);

-- content in 1 MiB chunks: read and written a chunk at a time, never whole in memory
create table stored_file_chunk (
    file_id  bigint not null references stored_file (id) on delete cascade,
    seq      int    not null,
    data     bytea  not null,
    primary key (file_id, seq)
);

create table staff_report (
    id              bigint generated always as identity primary key,
    tenant          varchar(40)  not null references municipality (slug),
    title           varchar(300) not null,
    recommendation  text         not null,
    body_text       text         not null,
    author          varchar(60)  not null,
    author_name     varchar(200) not null,
    status          varchar(20)  not null,
    current_step    int          not null,
    created_at      timestamptz  not null,
    version         bigint       not null
);
create index staff_report_tenant_status on staff_report (tenant, status);

create table report_step (
    id           bigint generated always as identity primary key,
    tenant       varchar(40)  not null references municipality (slug),
    report_id    bigint       not null references staff_report (id) on delete cascade,
    position     int          not null,
    title        varchar(200) not null,
    approver     varchar(60)  not null,
    approved_at  timestamptz
);
create index report_step_report on report_step (report_id);

create table report_event (
    id            bigint generated always as identity primary key,
    tenant        varchar(40)  not null references municipality (slug),
    report_id     bigint       not null references staff_report (id) on delete cascade,
    at            timestamptz  not null,
    actor         varchar(60)  not null,
    action        varchar(240) not null,
    comment_text  text         not null
);
create index report_event_report on report_event (report_id);

create table report_attachment (
    id         bigint generated always as identity primary key,
    tenant     varchar(40)  not null references municipality (slug),
    report_id  bigint       not null references staff_report (id) on delete cascade,
    position   int          not null,
    file_name  varchar(255) not null,
    file_id    bigint       not null references stored_file (id),
    pages      int          not null
);
create index report_attachment_report on report_attachment (report_id);

create table approval_step (
    id        bigint generated always as identity primary key,
    tenant    varchar(40)  not null references municipality (slug),
    position  int          not null,
    title     varchar(200) not null,
    approver  varchar(60)  not null,
    unique (tenant, position)
);

create table agenda (
    id                  bigint generated always as identity primary key,
    tenant              varchar(40) not null references municipality (slug),
    meeting_id          bigint      not null unique references meeting (id),
    published_revision  int         not null,
    version             bigint      not null
);

create table agenda_section (
    id         bigint generated always as identity primary key,
    tenant     varchar(40)  not null references municipality (slug),
    agenda_id  bigint       not null references agenda (id) on delete cascade,
    position   int          not null,
    title      varchar(200) not null,
    title_fr   varchar(200) not null,
    kind       varchar(40)  not null
);
create index agenda_section_agenda on agenda_section (agenda_id);

create table agenda_item (
    id              bigint generated always as identity primary key,
    tenant          varchar(40)  not null references municipality (slug),
    agenda_id       bigint       not null references agenda (id) on delete cascade,
    section_id      bigint       not null references agenda_section (id),
    parent_id       bigint       references agenda_item (id),
    position        int          not null,
    title           varchar(300) not null,
    item_text       text         not null,
    closed_reason   varchar(40),
    public_title    varchar(300),
    report_id       bigint       references staff_report (id),
    late            boolean      not null,
    late_approved   boolean      not null,
    added_at        timestamptz  not null,
    check ((closed_reason is null) = (public_title is null))
);
create index agenda_item_agenda on agenda_item (agenda_id);

create table agenda_revision (
    id              bigint generated always as identity primary key,
    tenant          varchar(40) not null references municipality (slug),
    meeting_id      bigint      not null references meeting (id),
    number          int         not null,
    published_at    timestamptz not null,
    published_by    varchar(120) not null,
    snapshot        text        not null,
    public_pdf_id   bigint      not null references stored_file (id),
    members_pdf_id  bigint      not null references stored_file (id),
    unique (meeting_id, number)
);

create table agenda_packet (
    id               bigint generated always as identity primary key,
    tenant           varchar(40)  not null references municipality (slug),
    meeting_id       bigint       not null references meeting (id),
    revision         int          not null,
    status           varchar(20)  not null,
    progress         int          not null,
    message          text         not null,
    public_file_id   bigint       references stored_file (id),
    members_file_id  bigint       references stored_file (id),
    public_pages     int          not null,
    members_pages    int          not null,
    requested_by     varchar(120) not null,
    requested_at     timestamptz  not null,
    finished_at      timestamptz
);
create index agenda_packet_meeting on agenda_packet (meeting_id, id);
