package ipweek.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Mistakes on the command line in Chinese. picocli words its own errors in English ("Missing required parameter: …",
 * "Unknown option: …"); whoever publishes reads Chinese, so each kind of error is said again from the exception's
 * parts. Errors ipweek raises itself are Chinese already and pass through.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** What went wrong, in one or two Chinese sentences, with the command's name. */
    static String message(CommandLine.ParameterException ex) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return missing(missing);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, command);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            return "选项 " + name(overwritten.getOverwritten()) + " 只能写一次";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "参数太多：" + command + " 用不到这么多参数";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getCause() != null) { // a value that could not be converted
            Throwable cause = ex.getCause();
            String why = cause instanceof CommandLine.TypeConversionException && isChinese(cause.getMessage())
                    ? cause.getMessage() : "“" + ex.getValue() + "”不是有效的取值" + choices(arg);
            return label(arg) + "：" + why;
        }
        return ex.getMessage();
    }

    private static String missing(CommandLine.MissingParameterException ex) {
        List<String> options = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        List<CommandLine.Model.PositionalParamSpec> positionals = ex.getCommandLine().getCommandSpec().positionalParameters();
        for (ArgSpec arg : ex.getMissing()) {
            if (arg.isOption()) {
                options.add(name(arg));
            } else {
                // picocli names only the first missing parameter; those after it are missing too
                positionals.subList(Math.max(0, positionals.indexOf(arg)), positionals.size()).stream()
                        .filter(p -> p.arity().min() > 0 && !parameters.contains(p.paramLabel()))
                        .forEach(p -> parameters.add(p.paramLabel()));
            }
        }
        if (!parameters.isEmpty()) {
            return "缺少参数：" + String.join("、", parameters);
        }
        // picocli raises the same exception for a required option left out and for an option given without its value
        boolean valueMissing = ex.getMessage() != null && ex.getMessage().contains("for option");
        return valueMissing
                ? "选项 " + String.join("、", options) + " 后面缺少取值（" + ex.getMissing().get(0).paramLabel() + "）"
                : "缺少必填的选项：" + String.join("、", options);
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException ex, String command) {
        List<String> words = ex.getUnmatched();
        String first = words.isEmpty() ? "" : words.get(0);
        String said;
        if (ex.isUnknownOption()) {
            said = "没有这个选项：" + first;
        } else if (!ex.getCommandLine().getSubcommands().isEmpty()) {
            said = "没有这个命令：" + first + "（可用的命令：" + String.join("、", ex.getCommandLine().getSubcommands().keySet()) + "）";
        } else {
            said = command + " 用不到这个参数：" + String.join(" ", words);
        }
        List<String> suggestions = ex.getSuggestions();
        return suggestions.isEmpty() ? said : said + "。是不是想输入 " + String.join(" 或 ", suggestions) + "？";
    }

    /** How an argument is shown: an option by its longest name, a parameter by its label. */
    private static String label(ArgSpec arg) {
        return arg.isOption() ? "选项 " + name(arg) : "参数“" + arg.paramLabel() + "”";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** "（可选：text、json）" for an argument with a fixed set of values, otherwise nothing. */
    private static String choices(ArgSpec arg) {
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates == null) {
            return "";
        }
        List<String> values = StreamSupport.stream(candidates.spliterator(), false).toList();
        return values.isEmpty() ? "" : "（可选：" + String.join("、", values) + "）";
    }

    private static boolean isChinese(String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
