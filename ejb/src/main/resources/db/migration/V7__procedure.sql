-- Procedure a clerk can defend (issue 12): the body's whole number of members and how quorum reads vacancies and
-- MCIA s.7(1), how often a motion may be reconsidered, members' weighted votes, resolution numbers.
alter table body add column seats integer check (seats between 1 and 200);
alter table body add column vacancies_reduce_quorum boolean not null default false;
alter table body add column deemed_quorum varchar(20) not null default 'WHOLE_COUNCIL'
    check (deemed_quorum in ('WHOLE_COUNCIL', 'MEMBERS_PRESENT'));
alter table body add column reconsiderations_per_motion integer not null default 1
    check (reconsiderations_per_motion between 1 and 9);
alter table member add column vote_weight integer not null default 1 check (vote_weight between 1 and 20);
alter table body add column resolution_prefix varchar(12);
alter table municipality add column resolution_pattern varchar(60) not null default '{prefix}-{year}-{seq}'
    check (resolution_pattern like '%{seq}%');
-- the last resolution number drawn per body and year; drawn in the transaction that records the carried motion
create table resolution_counter (
    tenant  varchar(63) not null,
    body_id bigint      not null references body (id),
    year    integer     not null,
    last    integer     not null check (last > 0),
    primary key (body_id, year)
);
