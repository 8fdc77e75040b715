package ipweek.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * OpenHTMLtoPDF logs through one process-wide static ({@link XRLog}) that prints INFO lines to stderr by default.
 * ipweek reports problems itself, so the first PDF of a process installs a logger that prints nothing; each render
 * still receives its own messages through the builder's diagnostic consumer (thread-scoped). This is the only place
 * that touches the library's static state, and installing it twice changes nothing.
 */
final class QuietLog {

    private static final XRLogger SILENT = new XRLogger() {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    };

    private QuietLog() {
    }

    static synchronized void install() {
        if (XRLog.getLoggerImpl() != SILENT) {
            XRLog.setLoggingEnabled(true); // keep diagnostics flowing to the per-render consumer
            XRLog.setLoggerImpl(SILENT);
        }
    }
}
