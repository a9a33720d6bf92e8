package dev.threshold.testing;

/** The scenes ({@code threshold-scene/1} JSON) the tests of several modules stand on, written once. */
public final class SceneFixtures {

    /**
     * The example of ../shared/eval/README.md: the CAVIAR shop front, the shop (inside) beyond the far edge of the
     * floor, with a field the format does not know (ignored).
     */
    public static final String CAVIAR = """
            {
              "format": "threshold-scene/1",
              "camera": { "name": "CAVIAR shop front", "width": 384, "height": 288 },
              "floor": {
                "image": [[20,149],[375,149],[380,200],[10,200]],
                "widthMeters": 12.0, "depthMeters": 3.0,
                "tiles": { "cols": 12, "rows": 3 }
              },
              "door": { "line": [[60,149],[362,149]], "inside": [210,120] },
              "comment": "unknown fields are ignored"
            }""";

    /** The demo camera's floor: 640×480, 5 m × 4 m in 10 × 8 half-metre tiles, the door along the far edge (row 0). */
    public static final String DEMO_FLOOR = """
            {"format":"threshold-scene/1","camera":{"name":"Lobby","width":640,"height":480},
             "floor":{"image":[[154.4,204.7],[485.6,204.7],[662.7,481.4],[-22.7,481.4]],
                      "widthMeters":5.0,"depthMeters":4.0,"tiles":{"cols":10,"rows":8}},
             "door":{"line":[[286.9,204.7],[353.1,204.7]],"inside":[320,295]}}
            """;

    private SceneFixtures() {}
}
