package ipweek.cli;

import java.lang.management.ManagementFactory;

/** Stands in for ipweek's main class in {@link LauncherScriptTest}: prints the JVM options and arguments it got. */
public final class PrintLaunch {

    private PrintLaunch() {
    }

    public static void main(String[] args) {
        System.out.println("jvm " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        for (String a : args) {
            System.out.println("arg " + a);
        }
        if (args.length > 0 && args[args.length - 1].startsWith("exit=")) {
            System.exit(Integer.parseInt(args[args.length - 1].substring(5)));
        }
    }
}
