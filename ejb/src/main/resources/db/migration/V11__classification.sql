-- Records management, first part (issue 14): each municipality's classification plan (classes with their one
-- retention rule) and every record's retention, given when the record is created, with the history of its changes.
-- A class that records use cannot be deleted: the foreign key says so too.
create table record_class (
    id               bigint generated always as identity primary key,
    tenant           varchar(40)   not null references municipality (slug),
    code             varchar(20)   not null,
    title_en         varchar(200)  not null,
    title_fr         varchar(200)  not null,
    description      text          not null,
    parent_code      varchar(20),
    rule_code        varchar(20)   not null,
    active_months    integer       not null check (active_months >= 0),
    inactive_months  integer       not null check (inactive_months >= 0),
    rule_trigger     varchar(20)   not null check (rule_trigger in ('CREATED', 'MEETING_DATE', 'ADOPTED', 'SUPERSEDED',
                                                                    'FILE_CLOSED', 'EVENT')),
    trigger_event    varchar(120),
    from_year_end    boolean       not null,
    final_action     varchar(20)   not null check (final_action in ('DESTROY', 'TRANSFER', 'PERMANENT', 'REVIEW')),
    unique (tenant, code),
    foreign key (tenant, parent_code) references record_class (tenant, code)
);

create table record_retention (
    id             bigint generated always as identity primary key,
    tenant         varchar(40)  not null references municipality (slug),
    record_type    varchar(40)  not null,
    record_id      bigint       not null,
    class_code     varchar(20)  not null,
    triggered_on   date,
    eligible_from  date,
    unique (tenant, record_type, record_id),
    foreign key (tenant, class_code) references record_class (tenant, code)
);

create table record_retention_change (
    id             bigint generated always as identity primary key,
    tenant         varchar(40)   not null references municipality (slug),
    retention_id   bigint        not null references record_retention (id),
    changed_at     timestamptz   not null,
    changed_by     varchar(200)  not null,
    from_class     varchar(20),
    to_class       varchar(20)   not null,
    from_rule      varchar(20),
    to_rule        varchar(20)   not null,
    from_date      date,
    to_date        date,
    reason         varchar(500)  not null
);
create index record_retention_change_of on record_retention_change (retention_id);
