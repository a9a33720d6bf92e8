package dev.threshold.analytics.vision.detection;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.threshold.domain.scene.Scene;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Person detection with a YOLOX model in ONNX Runtime, run on the region around the door (and optionally the whole
 * frame), boxes mapped back to frame pixels. The model is the bundled YOLOX-nano or a file ({@link DetectorModel}).
 * A dim crop's grey levels are stretched first ({@link ContrastStretch}); {@link #detectIn} takes a second, closer
 * look at part of a frame when the pipeline asks.
 *
 * <p>A model whose input height and width are symbolic runs each region at its {@link InputShape#fitted fitted shape}:
 * the same scale as the square 416 input, with one band of grey below a wide, low door crop instead of a whole square
 * canvas (issue 20; on the CAVIAR scene 416×224 instead of 416×416, 54 % of the pixels). The bundled model is opened that way unless
 * {@link DetectorSettings#fittedInput()} says not ({@link SymbolicInputSize}); a model file with a fixed input size runs
 * at that size.
 */
public final class YoloxOnnxDetector implements Detector, RegionDetector {

    /** The input the YOLOX-nano export was made at: the longer side of every region's input. */
    public static final int LARGEST_INPUT = 416;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final int inputSize;
    private final boolean fitsCrop;
    private final Scene scene;
    private final DetectorSettings settings;
    /** Per input shape run so far: its decoder (grids, rows) and its tensors, made together on first use. */
    private final Map<InputShape, SizedRun> runs = new HashMap<>();

    private List<CropRegion> regions = List.of();
    private int regionsWidth;
    private int regionsHeight;

    /**
     * @param scene the camera's set-up, for the door region; any frame size of that camera is accepted
     * @throws IllegalArgumentException when the model file is missing or is not a square-input image model
     */
    public YoloxOnnxDetector(Path model, Scene scene, DetectorSettings settings) {
        this(DetectorModel.file(model), scene, settings);
    }

    /**
     * @param model the bundled model or an administrator's file
     * @param scene the camera's set-up, for the door region; any frame size of that camera is accepted
     * @throws IllegalArgumentException when the model file is missing or is not a square-input image model
     */
    public YoloxOnnxDetector(DetectorModel model, Scene scene, DetectorSettings settings) {
        if (!model.readable()) {
            throw new IllegalArgumentException("detector " + model.describe() + " does not exist or cannot be read");
        }
        this.scene = scene;
        this.settings = settings;
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, settings.threads()));
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = model.open(env, options, settings.fittedInput());
            Map.Entry<String, NodeInfo> input =
                    session.getInputInfo().entrySet().iterator().next();
            this.inputName = input.getKey();
            long[] shape = ((TensorInfo) input.getValue().getInfo()).getShape();
            this.fitsCrop = shape.length == 4 && shape[2] < 0 && shape[3] < 0;
            if (!fitsCrop && (shape.length != 4 || shape[2] != shape[3] || shape[2] < 32)) {
                session.close();
                throw new IllegalArgumentException("detector " + model.describe() + " takes input of shape "
                        + java.util.Arrays.toString(shape) + "; a square NCHW image input is needed");
            }
            this.inputSize = fitsCrop ? LARGEST_INPUT : (int) shape[2];
        } catch (OrtException e) {
            throw new IllegalArgumentException(
                    "detector " + model.describe() + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** The network input a region is run at (see the class comment). */
    public InputShape inputShapeFor(CropRegion region) {
        return fitsCrop ? InputShape.fitted(region, inputSize) : InputShape.square(inputSize);
    }

    @Override
    public List<PersonDetection> detect(VideoFrame frame) {
        return candidates(frame, settings.minScore());
    }

    /**
     * What the door regions show down to a score of {@code floor}, overlapping boxes suppressed:
     * {@link #detect} is this at the threshold; a lower floor shows how near the threshold the missed ones were.
     */
    public List<PersonDetection> candidates(VideoFrame frame, double floor) {
        List<PersonDetection> all = new ArrayList<>();
        for (CropRegion region : regionsFor(frame.width(), frame.height())) {
            all.addAll(run(frame, region, floor));
        }
        return suppress(all);
    }

    /** The regions one frame of this size is run on, in frame pixels. */
    public List<CropRegion> regionsFor(int width, int height) {
        if (width != regionsWidth || height != regionsHeight) {
            Scene scaled = scene.scaledTo(width, height);
            List<CropRegion> r =
                    new ArrayList<>(CropRegion.aroundDoor(scaled, settings.doorMargin(), settings.doorHeadroom())
                            .tiles(settings.maxTiles(), 0.3));
            if (settings.wholeFrame()) {
                r.add(CropRegion.whole(width, height));
            }
            regions = List.copyOf(r);
            regionsWidth = width;
            regionsHeight = height;
        }
        return regions;
    }

    /**
     * Runs the network on one region of the frame only, its grey levels stretched if it is dim
     * ({@link DetectorSettings#normaliseContrast()}); a small region is scaled up to the model's input, so the people
     * in it are seen at a higher resolution than in the door crop.
     *
     * @return people in frame pixels, overlapping boxes suppressed
     */
    @Override
    public List<PersonDetection> detectIn(VideoFrame frame, CropRegion region) {
        return run(frame, region, InputShape.square(inputSize), settings.minScore());
    }

    private List<PersonDetection> run(VideoFrame frame, CropRegion region, double minScore) {
        return run(frame, region, inputShapeFor(region), minScore);
    }

    private List<PersonDetection> run(VideoFrame frame, CropRegion region, InputShape shape, double minScore) {
        ContrastStretch stretch =
                settings.normaliseContrast() ? ContrastStretch.of(frame, region) : ContrastStretch.none();
        SizedRun run = runs.computeIfAbsent(shape, this::sizedRun);
        YoloxDecoder decoder = run.decoder();
        ReusedTensors sized = run.tensors();
        Letterbox input = Letterbox.of(frame, region, shape, stretch, sized.letterbox());
        try (OrtSession.Result result = sized.run(session, inputName, input.tensor())) {
            float[] values = sized.output();
            List<PersonDetection> found = new ArrayList<>();
            for (PersonDetection d : decoder.decode(values, sized.outputShape(), minScore)) {
                found.add(new PersonDetection(
                        d.box().scaled(1 / input.ratio()).translated(region.x(), region.y()), d.score()));
            }
            return NonMaxSuppression.apply(found, settings.nmsIou());
        } catch (OrtException e) {
            throw new IllegalStateException("the detector failed on a frame: " + e.getMessage(), e);
        }
    }

    /**
     * Overlapping crops see the same person twice, one of them often cut at a crop edge: beyond the usual overlap rule,
     * a box mostly inside a better one is the same person.
     */
    private List<PersonDetection> suppress(List<PersonDetection> all) {
        List<PersonDetection> kept = new ArrayList<>();
        for (PersonDetection d : NonMaxSuppression.apply(all, settings.nmsIou())) {
            boolean contained = kept.stream()
                    .anyMatch(
                            k -> intersection(k.box(), d.box()) > 0.7 * d.box().area());
            if (!contained) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static double intersection(BoundingBox a, BoundingBox b) {
        double iw = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        double ih = Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1());
        return iw <= 0 || ih <= 0 ? 0 : iw * ih;
    }

    private record SizedRun(YoloxDecoder decoder, ReusedTensors tensors) {}

    private SizedRun sizedRun(InputShape shape) {
        YoloxDecoder decoder = YoloxDecoder.standard(shape);
        return new SizedRun(decoder, ReusedTensors.forSession(env, session, shape, decoder.expectedRows()));
    }

    @Override
    public void close() {
        try {
            runs.values().forEach(run -> run.tensors().close());
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
