package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.documents.domain.StoredFile;

/**
 * File content in PostgreSQL, once per municipality and SHA-256, in 1 MiB chunks: written and read a chunk at a
 * time, so a file of any size passes through a fixed amount of memory. Joins the caller's transaction, so a file is
 * stored exactly when the record that refers to it is.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FileStore {

    static final int CHUNK = 1 << 20;
    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Stores the file's content (or finds the identical content already stored) and returns it. */
    public StoredFile store(Path file, String mediaType) {
        try {
            String sha256 = sha256(file);
            Optional<StoredFile> existing = find(sha256);
            if (existing.isPresent()) {
                return existing.get();
            }
            StoredFile stored = new StoredFile(sha256, Files.size(file), mediaType, Instant.now());
            em.persist(stored);
            em.flush();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] chunk = new byte[CHUNK];
                int seq = 0;
                int read;
                while ((read = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                    em.createNativeQuery("insert into stored_file_chunk (file_id, seq, data) values (?1, ?2, ?3)")
                            .setParameter(1, stored.id()).setParameter(2, seq++)
                            .setParameter(3, read == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, read))
                            .executeUpdate();
                }
            }
            if ("application/pdf".equals(mediaType)) {
                storePageTexts(stored.id(), file);
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of each page of these PDFs, by file id: read from what was extracted when each was stored, or
     * extracted now (and kept) for a file stored before that, or whose text could not be read then.
     */
    public Map<Long, List<String>> pageTexts(Collection<Long> fileIds) {
        Map<Long, List<String>> texts = new HashMap<>();
        if (fileIds.isEmpty()) {
            return texts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select file_id, text from stored_file_page where file_id in (?1) "
                + "order by file_id, page").setParameter(1, List.copyOf(fileIds)).getResultList();
        for (Object[] row : rows) {
            texts.computeIfAbsent(((Number) row[0]).longValue(), f -> new ArrayList<>()).add((String) row[1]);
        }
        for (long id : fileIds) {
            if (!texts.containsKey(id)) {
                StoredFile file = ca.quorum.shared.infrastructure.TenantFind.byId(em, StoredFile.class, id)
                        .orElseThrow();
                if (file.purged()) {
                    texts.put(id, List.of()); // destroyed: no text to index
                    continue;
                }
                try {
                    List<String> pages = PageText.of(bytes(file));
                    insertPages(id, pages);
                    texts.put(id, pages);
                } catch (IOException e) {
                    throw new UncheckedIOException("the text of file " + file.sha256() + " cannot be read", e);
                }
            }
        }
        return texts;
    }

    /** Extracts and keeps a stored PDF's page texts; a PDF whose text cannot be read is kept without (logged). */
    private void storePageTexts(long fileId, Path file) {
        List<String> pages;
        try {
            pages = PageText.of(file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the text of stored file " + fileId + " cannot be extracted now; the indexer will "
                    + "try again", e);
            return;
        }
        insertPages(fileId, pages);
    }

    private void insertPages(long fileId, List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            // on conflict: two indexers extracting the same older file at once keep one copy
            em.createNativeQuery("insert into stored_file_page (file_id, page, text) values (?1, ?2, ?3) "
                    + "on conflict do nothing")
                    .setParameter(1, fileId).setParameter(2, i + 1).setParameter(3, pages.get(i)).executeUpdate();
        }
    }

    public Optional<StoredFile> find(String sha256) {
        List<StoredFile> found = em.createQuery("select f from StoredFile f where f.sha256 = :sha", StoredFile.class)
                .setParameter("sha", sha256).getResultList();
        return found.stream().findFirst();
    }

    /** Writes the content to {@code out}, a chunk at a time; fails when a chunk is missing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void copy(StoredFile file, OutputStream out) throws IOException {
        if (file.purged()) {
            throw new ca.quorum.shared.application.RecordDestroyedException("file " + file.sha256(), null);
        }
        long written = 0;
        for (int seq = 0; written < file.size(); seq++) {
            List<?> rows = em.createNativeQuery("select data from stored_file_chunk where file_id = ?1 and seq = ?2")
                    .setParameter(1, file.id()).setParameter(2, seq).getResultList();
            if (rows.isEmpty()) {
                throw new IOException("stored content of file " + file.sha256() + " is incomplete (chunk " + seq
                        + " missing)");
            }
            byte[] data = (byte[]) rows.get(0);
            out.write(data);
            written += data.length;
        }
        if (written != file.size()) {
            throw new IOException("stored content of file " + file.sha256() + " has " + written + " bytes, not "
                    + file.size());
        }
    }

    /** The whole content in memory, for files that are read whole anyway (a record's PDF to sign or index). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] bytes(StoredFile file) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) Math.min(file.size(), 1 << 30));
        try {
            copy(file, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void copy(StoredFile file, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            copy(file, out);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
