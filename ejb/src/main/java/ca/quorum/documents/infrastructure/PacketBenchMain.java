package ca.quorum.documents.infrastructure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import ca.quorum.documents.domain.PacketPlan;

/**
 * The packet benchmark ({@code ./quorum bench packet}): {@code generate DIR} writes 60 PDFs of mixed sizes (1,000
 * pages in all; every third one with a scanned-looking image on each page); {@code build DIR} builds the packet
 * from them (after {@code bench.warmups} warm-up builds, the median of three) and prints {@code ours_s=… heap_mb=…
 * pages=… cold_s=…}, where heap_mb is the peak heap used during the measured builds and cold_s the first build.
 */
public final class PacketBenchMain {

    static final int FILES = 60;
    static final int PAGES = 1000;

    private PacketBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(dir);
            case "build" -> build(dir);
            default -> throw new IllegalArgumentException("generate DIR | build DIR");
        }
    }

    /** Page counts of mixed sizes that add up to {@link #PAGES}. */
    static int[] pageCounts() {
        Random random = new Random(2027);
        int[] counts = new int[FILES];
        int left = PAGES;
        for (int i = 0; i < FILES; i++) {
            int remainingFiles = FILES - i;
            int max = Math.min(60, left - (remainingFiles - 1));
            counts[i] = i == FILES - 1 ? left : Math.max(1, Math.min(max, random.nextInt(1, 2 * left / remainingFiles)));
            left -= counts[i];
        }
        return counts;
    }

    static void generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        int[] counts = pageCounts();
        Random random = new Random(42);
        BufferedImage scan = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 600; x++) {
            for (int y = 0; y < 400; y++) {
                int grey = 200 + random.nextInt(56);
                scan.setRGB(x, y, (grey << 16) | (grey << 8) | grey);
            }
        }
        for (int f = 0; f < FILES; f++) {
            try (PDDocument document = new PDDocument()) {
                PDImageXObject image = f % 3 == 0 ? LosslessFactory.createFromImage(document, scan) : null;
                for (int p = 1; p <= counts[f]; p++) {
                    PDPage page = new PDPage();
                    document.addPage(page);
                    try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                        TextPages.write(out, TextPages.BOLD, 14, 72, 720, "Attachment " + (f + 1) + ", page " + p);
                        for (int line = 0; line < 40; line++) {
                            TextPages.write(out, TextPages.REGULAR, 9, 72, 700 - line * 12, "Line " + line
                                    + " of the report appendix: tender prices, survey results and staff comments.");
                        }
                        if (image != null) {
                            out.drawImage(image, 72, 80, 300, 200);
                        }
                    }
                }
                document.save(dir.resolve(String.format(Locale.ROOT, "attachment-%02d.pdf", f + 1)).toFile());
            }
        }
    }

    static void build(Path dir) throws Exception {
        List<PacketPlan.Entry> entries = new ArrayList<>();
        entries.add(PacketPlan.Entry.section("6", "Reports and Motions"));
        for (int f = 0; f < FILES; f += 2) {
            List<PacketPlan.Attachment> attachments = new ArrayList<>();
            for (int k = f; k < Math.min(FILES, f + 2); k++) {
                String name = String.format(Locale.ROOT, "attachment-%02d.pdf", k + 1);
                attachments.add(new PacketPlan.Attachment(name, dir.resolve(name)));
            }
            entries.add(new PacketPlan.Entry(1, "6." + (f / 2 + 1), "Staff report " + (f / 2 + 1),
                    List.of("Recommendation: that Council receive the report for information."), attachments));
        }
        PacketPlan plan = new PacketPlan("Town of Lakeview Harbour", "Regular Council Meeting (benchmark)",
                List.of("Benchmark packet"), entries);
        Path out = dir.resolve("packet-ours.pdf");
        int warmups = Integer.parseInt(System.getProperty("bench.warmups", "0"));
        double cold = -1;
        for (int w = 0; w < warmups; w++) {
            long t = System.nanoTime();
            new PacketBuilder("en").build(plan, dir.resolve("packet-warmup.pdf"), p -> { });
            if (w == 0) {
                cold = (System.nanoTime() - t) / 1e9;
            }
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] runs = new double[3];
        PacketBuilder.Result result = null;
        for (int r = 0; r < runs.length; r++) {
            long start = System.nanoTime();
            result = new PacketBuilder("en").build(plan, out, p -> { });
            runs[r] = (System.nanoTime() - start) / 1e9;
        }
        java.util.Arrays.sort(runs);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "ours_s=%.2f heap_mb=%d pages=%d cold_s=%.2f%n", runs[1], peak / 1_048_576,
                result.pages(), warmups > 0 ? cold : runs[1]);
    }
}
