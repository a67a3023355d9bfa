package ca.quorum.documents.domain;

/**
 * The name an uploaded file is kept under (OWASP ASVS 5.0 V5.3: user-supplied file names): only its last part (no
 * folders), without control or bidirectional-override characters (which disguise {@code exe.pdf} as
 * {@code fdp.exe}), at most {@value #MAX} characters with its extension kept, and {@code attachment.pdf} when
 * nothing usable is left. The name is shown to people only; files are stored by their SHA-256.
 */
public final class FileName {

    public static final int MAX = 150;

    private FileName() {
    }

    public static String plain(String submitted) {
        if (submitted == null) {
            return "attachment.pdf";
        }
        String name = submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && !(c >= 0x202A && c <= 0x202E)
                && !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F && c != 0xFEFF)
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "attachment.pdf";
        }
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX - extension.length()) + extension;
        }
        return name;
    }
}
