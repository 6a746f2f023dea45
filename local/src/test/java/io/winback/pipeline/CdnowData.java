package io.winback.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the CDNOW purchase data lives: $CDNOW_DIR, else ../shared/data/cdnow beside the checkout. */
final class CdnowData {
    private CdnowData() {
    }

    static Path master() {
        String dir = System.getenv("CDNOW_DIR");
        Path root = Path.of(System.getProperty("winback.root", System.getProperty("user.dir")));
        Path file = (dir != null ? Path.of(dir) : root.resolve("../shared/data/cdnow")).resolve("CDNOW_master.txt");
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("CDNOW data not found at " + file.toAbsolutePath().normalize()
                    + "; set CDNOW_DIR to the folder holding CDNOW_master.txt");
        }
        return file;
    }
}
