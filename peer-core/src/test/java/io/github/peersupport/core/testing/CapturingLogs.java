package io.github.peersupport.core.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-scope SLF4J provider that records every log line at every level, so tests can prove that
 * the library never logs personal or health data. Registered through {@code
 * META-INF/services/org.slf4j.spi.SLF4JServiceProvider} in peer-core's test resources (and so in its
 * test-jar).
 */
public final class CapturingLogs implements SLF4JServiceProvider {
  /** The most recent lines kept; older ones are dropped (tests clear before they look). */
  private static final int CAPACITY = 10_000;
  private static final Deque<String> LINES = new ArrayDeque<>();
  private static final Deque<String> MESSAGES = new ArrayDeque<>();

  private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, CapturingLogger::new);
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** Creates the provider; SLF4J calls this through the service loader. */
  public CapturingLogs() {}

  /**
   * Returns the lines logged so far, formatted, each prefixed by its level and logger name.
   *
   * @return a copy of the lines
   */
  public static List<String> lines() {
    synchronized (LINES) {
      return new ArrayList<>(LINES);
    }
  }

  /**
   * Returns the formatted messages logged so far (with any throwable), without level or logger name.
   *
   * @return a copy of the messages
   */
  public static List<String> messages() {
    synchronized (LINES) {
      return new ArrayList<>(MESSAGES);
    }
  }

  /** Forgets the lines logged so far. */
  public static void clear() {
    synchronized (LINES) {
      LINES.clear();
      MESSAGES.clear();
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // nothing to set up
  }

  /** A logger with every level enabled that appends to {@link #LINES}. */
  private static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
      String full = message + (throwable == null ? "" : " " + throwable);
      synchronized (LINES) {
        MESSAGES.addLast(full);
        LINES.addLast(level + " " + name + " " + full);
        if (LINES.size() > CAPACITY) {
          LINES.removeFirst();
          MESSAGES.removeFirst();
        }
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
