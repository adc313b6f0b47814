package app.margin.ui.print;

import app.margin.exchange.StudySheet.Sheet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Print: the study sheet through JavaFX's {@link PrinterJob}, laid out per page by {@link SheetPages} at
 * the page size the reader picks in the print dialog. Where the system has no printer it says so plainly and
 * points to Export PDF.
 */
public final class SheetPrint {

    /** What the reader is told when there is no printer to print on. */
    public static final String NO_PRINTER = "There is no printer set up on this computer, so the study sheet cannot "
            + "be printed. File → Export PDF… saves it as a PDF, which you can print elsewhere.";

    private final Supplier<Printer> defaultPrinter;
    private final SheetPages pages;
    private final Consumer<String> info;
    private final Consumer<String> problem;

    /**
     * @param defaultPrinter the system's default printer, or {@code null} when there is none
     *                       ({@code Printer::getDefaultPrinter})
     */
    public SheetPrint(Supplier<Printer> defaultPrinter, SheetPages pages, Consumer<String> info,
                      Consumer<String> problem) {
        this.defaultPrinter = defaultPrinter;
        this.pages = pages;
        this.info = info;
        this.problem = problem;
    }

    /** Asks for the printer and page, then prints the sheet; returns whether pages were sent. FX thread. */
    public boolean print(Window owner, Sheet sheet, String scope) {
        Printer printer;
        try {
            printer = defaultPrinter.get();
        } catch (RuntimeException noPrintingHere) {
            printer = null; // a platform without a print service
        }
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            problem.accept(NO_PRINTER);
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<VBox> laidOut = pages.pages(sheet, scope, layout.getPrintableWidth(), layout.getPrintableHeight());
        for (VBox page : laidOut) {
            if (!job.printPage(page)) {
                problem.accept("Printing stopped: the printer did not take page " + (laidOut.indexOf(page) + 1)
                        + " (" + job.getJobStatus() + ").");
                job.cancelJob();
                return false;
            }
        }
        job.endJob();
        info.accept("Sent " + laidOut.size() + (laidOut.size() == 1 ? " page" : " pages") + " of the study sheet to " + job.getPrinter().getName() + ".");
        return true;
    }
}
