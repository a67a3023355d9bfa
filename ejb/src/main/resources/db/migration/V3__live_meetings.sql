-- Issue 4: live meetings as an append-only event log, ballots, and the procedure settings of each body.

alter table body add column electronic_counts_for_quorum boolean not null default true;
alter table body add column second_required boolean not null default true;
alter table body add column silent_counts_as_no boolean not null default true;
alter table body add column ballot_change_allowed boolean not null default true;
alter table body add column reconsideration_rule varchar(40) not null default 'TWO_THIRDS_OF_PRESENT';

-- the user account that votes for a seat on tablets (null: the clerk records this member's votes)
alter table member add column username varchar(60);

create table meeting_event (
    id          bigint generated always as identity primary key,
    tenant      varchar(40)  not null references municipality (slug),
    meeting_id  bigint       not null references meeting (id),
    seq         int          not null,
    at          timestamptz  not null,
    type        varchar(40)  not null,
    payload     text         not null,
    actor       varchar(120) not null,
    unique (meeting_id, seq)
);

-- one row per member per vote; a changed ballot updates its row (the log keeps every ballot)
create table ballot (
    id          bigint generated always as identity primary key,
    tenant      varchar(40)  not null references municipality (slug),
    meeting_id  bigint       not null references meeting (id),
    vote_no     int          not null,
    member_id   bigint       not null references member (id),
    choice      varchar(3)   not null check (choice in ('YES', 'NO')),
    ballot_id   varchar(80)  not null,
    cast_at     timestamptz  not null,
    unique (meeting_id, vote_no, member_id)
);
create unique index ballot_client_id on ballot (tenant, meeting_id, ballot_id);

-- nothing rewrites the log: updates and deletes are refused by the database itself
create function meeting_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'meeting_event is append-only';
end $$;
create trigger meeting_event_no_update before update or delete on meeting_event
    for each row execute function meeting_event_append_only();
