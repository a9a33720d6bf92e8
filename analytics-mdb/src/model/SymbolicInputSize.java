import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Makes a copy of yolox_nano.onnx that runs at any input size (issue 20, a network input sized to the door crop): the
 * input's height and width and the output's row count are declared symbolic ({@code dim_param} "height", "width",
 * "rows") instead of 416, 416 and 3549, and the graph's {@code value_info} (intermediate shapes ONNX Runtime would
 * otherwise take as fixed at 416) is dropped. Nodes, weights and everything else are copied byte for byte: the graph
 * has no constant bound to the input size (its Reshapes take their shapes from the tensors). No onnx package is needed
 * (CI has only Java): the protobuf is edited at the wire level. {@code YoloxOnnxDetector} runs such a model at the door
 * crop's size. Not shipped: on the dev cases it lost a crossing (docs/benchmarks.md, "A network input sized to the
 * door crop"); {@code FittedInputSizeTest} and the benches' {@code --model} use it.
 *
 * <p>Run from the repository's root: {@code java analytics-mdb/src/model/SymbolicInputSize.java
 * ../shared/models/yolox_nano.onnx /tmp/yolox_nano_symbolic.onnx} (3,648,408 bytes, sha256
 * dfd047891ba78c39538bf3a3cc3a466cc974a1ed1ab276da3b28b220e95f9d9f).
 */
public class SymbolicInputSize {

    static final String ORIGINAL_SHA256 = "695e750a5d5754bb5a8d5325643b59282191a7e7a564e435a415fd3c578eab14";

    record Field(int number, int wire, long varint, byte[] bytes) {}

    public static void main(String[] args) throws Exception {
        byte[] original = Files.readAllBytes(Path.of(args[0]));
        if (!sha256(original).equals(ORIGINAL_SHA256)) {
            throw new IllegalArgumentException(args[0] + " is not the original export (sha256 " + ORIGINAL_SHA256 + ")");
        }
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        for (Field f : parse(original)) {
            write(model, f.number() == 7 ? withField(f, graph(f.bytes())) : f); // ModelProto.graph
        }
        byte[] out = model.toByteArray();
        Files.write(Path.of(args[1]), out);
        System.out.printf("wrote %s: %,d bytes, sha256 %s%n", args[1], out.length, sha256(out));
    }

    /** GraphProto: input (11) and output (12) re-declared, value_info (13) dropped, the rest as it is. */
    static byte[] graph(byte[] graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field f : parse(graph)) {
            if (f.number() == 13) {
                continue;
            }
            if (f.number() == 11) {
                f = withField(f, valueInfo(f.bytes(), new String[] {null, null, "height", "width"}));
            } else if (f.number() == 12) {
                f = withField(f, valueInfo(f.bytes(), new String[] {null, "rows", null}));
            }
            write(out, f);
        }
        return out.toByteArray();
    }

    /** ValueInfoProto.type (2) → TypeProto.tensor_type (1) → Tensor.shape (2) → TensorShapeProto.dim (1, repeated). */
    static byte[] valueInfo(byte[] info, String[] symbolic) {
        return rewrite(info, 2, type -> rewrite(type, 1, tensor -> rewrite(tensor, 2, shape -> dims(shape, symbolic))));
    }

    static byte[] dims(byte[] shape, String[] symbolic) {
        List<Field> dims = parse(shape);
        if (dims.size() != symbolic.length) {
            throw new IllegalStateException("expected " + symbolic.length + " dimensions, found " + dims.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < dims.size(); i++) {
            Field d = dims.get(i);
            if (symbolic[i] != null) {
                // Dimension.dim_param (2) in place of dim_value (1)
                ByteArrayOutputStream param = new ByteArrayOutputStream();
                write(param, new Field(2, 2, 0, symbolic[i].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                d = withField(d, param.toByteArray());
            }
            write(out, d);
        }
        return out.toByteArray();
    }

    static byte[] rewrite(byte[] message, int number, java.util.function.UnaryOperator<byte[]> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field f : parse(message)) {
            write(out, f.number() == number && f.wire() == 2 ? withField(f, change.apply(f.bytes())) : f);
        }
        return out.toByteArray();
    }

    static Field withField(Field f, byte[] bytes) {
        return new Field(f.number(), f.wire(), 0, bytes);
    }

    static List<Field> parse(byte[] b) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < b.length) {
            long key = varint(b, at);
            int number = (int) (key >>> 3), wire = (int) (key & 7);
            switch (wire) {
                case 0 -> fields.add(new Field(number, wire, varint(b, at), null));
                case 1, 5 -> {
                    int n = wire == 1 ? 8 : 4;
                    fields.add(new Field(number, wire, 0, java.util.Arrays.copyOfRange(b, at[0], at[0] + n)));
                    at[0] += n;
                }
                case 2 -> {
                    int n = (int) varint(b, at);
                    fields.add(new Field(number, wire, 0, java.util.Arrays.copyOfRange(b, at[0], at[0] + n)));
                    at[0] += n;
                }
                default -> throw new IllegalStateException("wire type " + wire);
            }
        }
        return fields;
    }

    static long varint(byte[] b, int[] at) {
        long r = 0;
        for (int shift = 0; ; shift += 7) {
            int c = b[at[0]++] & 0xff;
            r |= (long) (c & 0x7f) << shift;
            if (c < 0x80) {
                return r;
            }
        }
    }

    static void write(ByteArrayOutputStream out, Field f) {
        writeVarint(out, ((long) f.number() << 3) | f.wire());
        if (f.wire() == 0) {
            writeVarint(out, f.varint());
        } else {
            if (f.wire() == 2) {
                writeVarint(out, f.bytes().length);
            }
            out.writeBytes(f.bytes());
        }
    }

    static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
