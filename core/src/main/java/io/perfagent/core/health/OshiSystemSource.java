package io.perfagent.core.health;

import java.net.NetworkInterface;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * System figures from OSHI. The only class that names OSHI types, so that OSHI and JNA load when {@link #open()}
 * first runs (on the flush thread) and not before. Not thread-safe.
 */
final class OshiSystemSource implements SystemSource {

    /** Test-only switch documented on {@link HealthSampler}. */
    static final String FAIL_SWITCH = "perfagent.test.fail-oshi";

    private final HardwareAbstractionLayer hardware;
    private final OperatingSystem os;
    private final CentralProcessor cpu;
    private final int pid;
    private final RateCounter diskRead = new RateCounter();
    private final RateCounter diskWrite = new RateCounter();
    private final RateCounter netRx = new RateCounter();
    private final RateCounter netTx = new RateCounter();
    private long[] previousTicks;
    private OSProcess previousProcess;

    private OshiSystemSource(SystemInfo info) {
        this.hardware = info.getHardware();
        this.os = info.getOperatingSystem();
        this.cpu = hardware.getProcessor();
        this.pid = os.getProcessId();
    }

    static OshiSystemSource open() {
        if (Boolean.getBoolean(FAIL_SWITCH)) {
            // An Error, like a real missing native library, so the test covers the Throwable path.
            throw new UnsatisfiedLinkError("simulated by -D" + FAIL_SWITCH + "=true");
        }
        return new OshiSystemSource(new SystemInfo());
    }

    @Override
    public SystemFigures sample(long elapsedNanos) {
        long[] ticks = cpu.getSystemCpuLoadTicks();
        Double cpuPercent = previousTicks == null ? 0.0
                : Numbers.percentOrNull(cpu.getSystemCpuLoadBetweenTicks(previousTicks));
        previousTicks = ticks;
        GlobalMemory memory = hardware.getMemory();
        long[] disk = diskBytes();
        long[] net = networkBytes();
        OSProcess process = os.getProcess(pid);
        return new SystemFigures(cpuPercent,
                Numbers.nonNegativeOrNull(cpu.getSystemLoadAverage(1)[0]),
                Numbers.usedPercent(memory.getTotal(), memory.getAvailable()),
                memory.getAvailable(),
                memory.getVirtualMemory().getSwapUsed(),
                diskRead.perSecond(disk[0], elapsedNanos), diskWrite.perSecond(disk[1], elapsedNanos),
                netRx.perSecond(net[0], elapsedNanos), netTx.perSecond(net[1], elapsedNanos),
                process == null ? null : Numbers.nonNegativeOrNull(process.getOpenFiles()),
                processCpuPercent(process),
                process == null ? null : process.getResidentSetSize(),
                "oshi");
    }

    /** Share of the whole machine (all logical CPUs), like the MXBean's process CPU load, so 0..100. */
    private Double processCpuPercent(OSProcess process) {
        if (process == null) {
            return null;
        }
        double oneCpuFraction = previousProcess == null ? 0 : process.getProcessCpuLoadBetweenTicks(previousProcess);
        previousProcess = process;
        return Numbers.percentOrNull(oneCpuFraction / Math.max(1, cpu.getLogicalProcessorCount()));
    }

    private long[] diskBytes() {
        long read = 0;
        long write = 0;
        for (HWDiskStore disk : hardware.getDiskStores()) {
            read += disk.getReadBytes();
            write += disk.getWriteBytes();
        }
        return new long[] {read, write};
    }

    private long[] networkBytes() {
        long rx = 0;
        long tx = 0;
        for (NetworkIF nif : hardware.getNetworkIFs(true)) {
            if (!isLoopback(nif)) {
                rx += nif.getBytesRecv();
                tx += nif.getBytesSent();
            }
        }
        return new long[] {rx, tx};
    }

    private static boolean isLoopback(NetworkIF nif) {
        try {
            NetworkInterface java = nif.queryNetworkInterface();
            return java != null ? java.isLoopback() : "lo".equals(nif.getName());
        } catch (java.net.SocketException e) {
            return "lo".equals(nif.getName());
        }
    }
}
