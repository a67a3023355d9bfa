-- Issue 6: the text of every page of a stored PDF, extracted once when the file is stored (PDFBox, page by page), so
-- indexing and reindexing read text instead of parsing PDFs again. A file has a row per page (empty text for a page
-- without any); a PDF stored before this migration, or whose text could not be read then, has none yet and is
-- extracted by the indexer on first use.
create table stored_file_page (
    file_id  bigint not null references stored_file (id) on delete cascade,
    page     int    not null check (page >= 1),
    text     text   not null,
    primary key (file_id, page)
);

-- the indexers take pending rows in id order: an index of pending rows only, so done rows are never scanned
create index search_outbox_pending on search_outbox (id) where done_at is null;
