package dev.threshold.infrastructure.video;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a camera's stream may reach, checked when an administrator saves it (refusals in words) and again by FFmpeg
 * when the stream is opened ({@link #protocolWhitelist}): an RTSP camera speaks RTSP/RTP over UDP or TCP, an HTTP
 * camera HTTP(S), a file is a local file under one of the folders set aside for video files
 * ({@code threshold.video.files-dir}) and nothing else — not another protocol ({@code concat:}, {@code subfile:}),
 * not the server's own files ({@code /proc/self/environ}), not a playlist that makes FFmpeg fetch other addresses.
 * With {@code threshold.cameras.allowed-networks} set, a camera's host must resolve into one of those networks.
 *
 * @param filesDirs       the folders video files may be read from (their real paths)
 * @param allowedNetworks the networks camera hosts must be in; empty: any
 */
public record StreamRules(List<Path> filesDirs, List<Cidr> allowedNetworks) {

    /** How a host name is turned into addresses: the system's resolver, or a fixed table in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public StreamRules {
        filesDirs = filesDirs.stream().map(StreamRules::real).toList();
        allowedNetworks = List.copyOf(allowedNetworks);
    }

    /**
     * @param filesDirs       comma-separated folders ({@code threshold.video.files-dir})
     * @param allowedNetworks comma-separated CIDR blocks ({@code threshold.cameras.allowed-networks}); blank: any
     * @throws IllegalArgumentException for a network that is not a CIDR block
     */
    public static StreamRules of(String filesDirs, String allowedNetworks) {
        List<Path> dirs = split(filesDirs).stream().map(Path::of).toList();
        List<Cidr> networks = split(allowedNetworks).stream().map(Cidr::parse).toList();
        return new StreamRules(dirs, networks);
    }

    /** The protocols FFmpeg may open for a stream of this kind, and none other (its {@code protocol_whitelist}). */
    public static String protocolWhitelist(StreamSource source) {
        return switch (source.kind()) {
            case RTSP ->
                source.location().regionMatches(true, 0, "rtsps:", 0, 6) ? "rtsp,rtp,udp,tcp,tls" : "rtsp,rtp,udp,tcp";
            case HTTP -> "http,https,tcp,tls";
            case FILE, RENDERED -> "file";
        };
    }

    /** @throws IllegalArgumentException saying what is wrong with the stream and what to do, in words */
    public void check(StreamSource source) {
        check(source, InetAddress::getAllByName);
    }

    public void check(StreamSource source, Resolver resolver) {
        switch (source.kind()) {
            case FILE -> checkFile(source.location());
            case RTSP, HTTP -> checkHost(source, resolver);
            case RENDERED -> {}
        }
    }

    private void checkFile(String location) {
        Path path = Path.of(location);
        if (!path.isAbsolute()) {
            throw refused("the video file " + location + " must be given as an absolute path");
        }
        String normal = path.normalize().toString();
        for (String system : List.of("/proc", "/sys", "/dev")) {
            if (normal.equals(system) || normal.startsWith(system + "/")) {
                throw refused(location + " is a file of the operating system, not a video");
            }
        }
        Path real = real(path);
        if (filesDirs.stream().noneMatch(real::startsWith)) {
            throw refused("the video file " + location + " is outside the folder for video files ("
                    + filesDirs.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + "); put it there, or set threshold.video.files-dir");
        }
        if (playlist(real)) {
            throw refused("the video file " + location + " is a playlist, which would make the server fetch "
                    + "the addresses it lists; give the camera's own address, or a video file");
        }
    }

    /** Playlists (HLS, M3U, FFmpeg's concat lists) by name or by their first bytes. */
    private static boolean playlist(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".m3u8")
                || name.endsWith(".m3u")
                || name.endsWith(".ffconcat")
                || name.endsWith(".pls")
                || name.endsWith(".sdp")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(64), StandardCharsets.ISO_8859_1)
                    .stripLeading()
                    .toLowerCase(Locale.ROOT);
            return start.startsWith("#extm3u")
                    || start.startsWith("ffconcat")
                    || start.startsWith("[playlist]")
                    || start.startsWith("v=0");
        } catch (IOException e) {
            return false; // unreadable: the reader reports it in words when it opens the file
        }
    }

    private void checkHost(StreamSource source, Resolver resolver) {
        if (allowedNetworks.isEmpty()) {
            return;
        }
        String host = URI.create(source.location()).getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused("the camera host " + host + " cannot be resolved, so it cannot be checked against the "
                    + "allowed networks (threshold.cameras.allowed-networks)");
        }
        for (InetAddress address : addresses) {
            if (allowedNetworks.stream().noneMatch(n -> n.contains(address))) {
                throw refused("the camera host " + host + " (" + address.getHostAddress() + ") is outside the "
                        + "networks cameras may be on: "
                        + allowedNetworks.stream().map(Cidr::toString).collect(Collectors.joining(", "))
                        + " (threshold.cameras.allowed-networks)");
            }
        }
    }

    private static IllegalArgumentException refused(String why) {
        return new IllegalArgumentException("camera stream: " + why);
    }

    /** The path with links followed as far as it exists, so that a link cannot lead out of a folder. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static List<String> split(String list) {
        return list == null
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** An IPv4 or IPv6 network such as {@code 10.20.0.0/16}; a bare address is a network of one. */
    public record Cidr(byte[] network, int prefix, String text) {

        public static Cidr parse(String text) {
            String[] parts = text.strip().split("/", 2);
            try {
                if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                    throw new UnknownHostException(parts[0]); // a name is not a network
                }
                byte[] address = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new NumberFormatException();
                }
                return new Cidr(address, prefix, text.strip());
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("threshold.cameras.allowed-networks: '" + text
                        + "' is not a network such as 10.20.0.0/16 or fd00::/8");
            }
        }

        public boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
        }

        @Override
        public int hashCode() {
            return Objects.hash(prefix, Arrays.hashCode(network));
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
