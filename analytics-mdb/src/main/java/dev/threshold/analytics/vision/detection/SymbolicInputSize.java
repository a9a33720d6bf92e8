package dev.threshold.analytics.vision.detection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The bundled YOLOX-nano model with its input's height and width and its output's row count declared symbolic
 * ({@code dim_param} "height", "width", "rows") instead of 416, 416 and 3549, and the graph's {@code value_info}
 * (intermediate shapes ONNX Runtime would otherwise take as fixed at 416) dropped, so that ONNX Runtime runs it at the
 * door crop's {@link InputShape} (issue 20). Nodes and weights are copied byte for byte: the graph has no constant bound
 * to the input size (the Focus stem's Slices end at INT64_MAX, the Resizes use scales, the Reshapes take their shapes
 * from the tensors), so the network computes what it computes at 416, over fewer grey pixels. Done in memory when a
 * session opens, so that the file that ships is the original export its licence and notice describe. The protobuf is
 * edited at the wire level: no ONNX library is needed.
 */
final class SymbolicInputSize {

    private SymbolicInputSize() {}

    /** The model's bytes with its input and output sizes declared symbolic. */
    static byte[] of(byte[] model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field f : parse(model)) {
            write(out, f.number() == 7 ? withField(f, graph(f.bytes())) : f); // ModelProto.graph
        }
        return out.toByteArray();
    }

    private record Field(int number, int wire, long varint, byte[] bytes) {}

    /** GraphProto: input (11) and output (12) re-declared, value_info (13) dropped, the rest as it is. */
    private static byte[] graph(byte[] graph) {
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
    private static byte[] valueInfo(byte[] info, String[] symbolic) {
        return rewrite(info, 2, type -> rewrite(type, 1, tensor -> rewrite(tensor, 2, shape -> dims(shape, symbolic))));
    }

    private static byte[] dims(byte[] shape, String[] symbolic) {
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
                write(param, new Field(2, 2, 0, symbolic[i].getBytes(StandardCharsets.UTF_8)));
                d = withField(d, param.toByteArray());
            }
            write(out, d);
        }
        return out.toByteArray();
    }

    private static byte[] rewrite(byte[] message, int number, UnaryOperator<byte[]> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field f : parse(message)) {
            write(out, f.number() == number && f.wire() == 2 ? withField(f, change.apply(f.bytes())) : f);
        }
        return out.toByteArray();
    }

    private static Field withField(Field f, byte[] bytes) {
        return new Field(f.number(), f.wire(), 0, bytes);
    }

    private static List<Field> parse(byte[] b) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < b.length) {
            long key = varint(b, at);
            int number = (int) (key >>> 3), wire = (int) (key & 7);
            switch (wire) {
                case 0 -> fields.add(new Field(number, wire, varint(b, at), null));
                case 1, 5 -> {
                    int n = wire == 1 ? 8 : 4;
                    fields.add(new Field(number, wire, 0, Arrays.copyOfRange(b, at[0], at[0] + n)));
                    at[0] += n;
                }
                case 2 -> {
                    int n = (int) varint(b, at);
                    fields.add(new Field(number, wire, 0, Arrays.copyOfRange(b, at[0], at[0] + n)));
                    at[0] += n;
                }
                default -> throw new IllegalStateException("wire type " + wire);
            }
        }
        return fields;
    }

    private static long varint(byte[] b, int[] at) {
        long r = 0;
        for (int shift = 0; ; shift += 7) {
            int c = b[at[0]++] & 0xff;
            r |= (long) (c & 0x7f) << shift;
            if (c < 0x80) {
                return r;
            }
        }
    }

    private static void write(ByteArrayOutputStream out, Field f) {
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

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
