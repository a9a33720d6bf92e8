package dev.threshold.bench.soak;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The soak's plot: one panel per kind of figure over the minutes of the run, written as a PNG. */
final class SoakChart {

    private record Line(String name, ToDoubleFunction<Sample> value) {}

    private SoakChart() {}

    static void write(List<Sample> samples, String title, Path png) throws IOException {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("minutes"));
        plot.setGap(8);
        plot.add(
                panel(
                        samples,
                        "MiB",
                        new Line("server RSS", Sample::rssMiB),
                        new Line("heap after GC", Sample::heapAfterGcMiB)),
                2);
        plot.add(
                panel(
                        samples,
                        "count",
                        new Line("threads", Sample::threads),
                        new Line("open files", Sample::openFiles)),
                2);
        plot.add(
                panel(
                        samples,
                        "messages",
                        new Line("frames waiting (cameras)", Sample::framesWaiting),
                        new Line("JMS frames", Sample::framesQueue),
                        new Line("JMS door-windows", Sample::windowsQueue),
                        new Line("JMS dead-letters", Sample::deadLetters),
                        new Line("outbox", Sample::outbox)),
                2);
        plot.add(panel(samples, "ms", new Line("webhook p99", Sample::webhookP99Ms)), 1);
        plot.add(panel(samples, "ms", new Line("verdict latency p99", Sample::verdictP99Ms)), 1);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 1200);
    }

    private static XYPlot panel(List<Sample> samples, String unit, Line... lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line line : lines) {
            XYSeries series = new XYSeries(line.name());
            for (Sample s : samples) {
                double v = line.value().applyAsDouble(s);
                if (v >= 0) { // -1: nothing measured that minute
                    series.add(s.minute(), v);
                }
            }
            data.addSeries(series);
        }
        NumberAxis axis = new NumberAxis(unit);
        axis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, null, axis, new XYLineAndShapeRenderer(true, true));
        plot.setBackgroundPaint(new Color(248, 248, 248));
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }
}
