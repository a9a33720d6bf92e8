package dev.threshold.demo;

/**
 * How a rendered person looks: colours as blue, green, red (OpenCV's order) and height in metres. Varied on purpose,
 * so that people walking close together are told apart by eye.
 */
record Appearance(int[] shirt, int[] trousers, int[] skin, int[] hair, double heightMeters) {

    static Appearance of(int shirtRgb, int trousersRgb, int skinRgb, int hairRgb, double heightMeters) {
        return new Appearance(bgr(shirtRgb), bgr(trousersRgb), bgr(skinRgb), bgr(hairRgb), heightMeters);
    }

    private static int[] bgr(int rgb) {
        return new int[] {rgb & 0xff, (rgb >> 8) & 0xff, (rgb >> 16) & 0xff};
    }
}
