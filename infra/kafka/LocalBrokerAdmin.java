import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Checks and prepares the local development broker for infra/bin/kafka.
 *
 * <p>One JVM run probes the broker, optionally waits until it serves metadata requests, and
 * creates the missing topics from a topics file in a single CreateTopics request. Starting a
 * separate Kafka command-line tool for each of those steps would cost a JVM start per poll and
 * per topic.
 *
 * <p>Usage: {@code LocalBrokerAdmin --bootstrap HOST:PORT[,HOST:PORT...] [--wait SECONDS]
 * [--pid PID] [--topics FILE]}
 *
 * <p>Exit codes: 0 success, 1 broker not reachable before the deadline, 2 invalid arguments or
 * topics file, 3 the broker process given by --pid exited, 4 topic creation failed.
 */
public final class LocalBrokerAdmin {
  private static final int EXIT_UNREACHABLE = 1;
  private static final int EXIT_USAGE = 2;
  private static final int EXIT_PROCESS_EXITED = 3;
  private static final int EXIT_TOPICS_FAILED = 4;

  /** Timeout of one metadata request while polling, in milliseconds. */
  private static final int ATTEMPT_TIMEOUT_MS = 2_000;

  /** Pause between two readiness attempts, in milliseconds. */
  private static final long POLL_INTERVAL_MS = 250;

  /** Default time to wait when --wait is absent, so a plain probe still allows one slow reply. */
  private static final int DEFAULT_WAIT_SECONDS = 5;

  /** Valid topic names, as the broker checks them: 1 to 249 of these characters. */
  private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

  private LocalBrokerAdmin() {}

  private static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  private static final class Options {
    String bootstrap;
    int waitSeconds = DEFAULT_WAIT_SECONDS;
    long pid = -1;
    Path topicsFile;
  }

  public static void main(String[] args) {
    Options options;
    Map<String, Integer> topics = Map.of();
    try {
      options = parseArguments(args);
      if (options.topicsFile != null) {
        topics = readTopicsFile(options.topicsFile);
      }
    } catch (UsageException | IOException e) {
      System.err.println("kafka-admin: " + e.getMessage());
      System.exit(EXIT_USAGE);
      return;
    }
    System.exit(run(options, topics));
  }

  private static int run(Options options, Map<String, Integer> topics) {
    long deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.waitSeconds);
    try (Admin admin = Admin.create(adminProperties(options.bootstrap))) {
      int status = awaitBroker(admin, options, deadlineNanos);
      if (status != 0) {
        return status;
      }
      if (topics.isEmpty()) {
        return 0;
      }
      return ensureTopics(admin, topics, deadlineNanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return EXIT_UNREACHABLE;
    } catch (ExecutionException e) {
      // Only the topic requests after a successful readiness check get here.
      System.err.println(
          "kafka-admin: topic request to " + options.bootstrap + " failed: " + e.getCause());
      return EXIT_TOPICS_FAILED;
    }
  }

  private static Options parseArguments(String[] args) throws UsageException {
    Options options = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--bootstrap" -> options.bootstrap = requireValue(args, ++i, arg);
        case "--wait" -> options.waitSeconds = parsePositiveInt(requireValue(args, ++i, arg), arg);
        case "--pid" -> options.pid = parsePositiveInt(requireValue(args, ++i, arg), arg);
        case "--topics" -> options.topicsFile = Path.of(requireValue(args, ++i, arg));
        default -> throw new UsageException("unknown argument " + arg);
      }
    }
    if (options.bootstrap == null || options.bootstrap.isBlank()) {
      throw new UsageException("missing --bootstrap HOST:PORT");
    }
    return options;
  }

  private static String requireValue(String[] args, int index, String option)
      throws UsageException {
    if (index >= args.length) {
      throw new UsageException("missing value for " + option);
    }
    return args[index];
  }

  private static int parsePositiveInt(String value, String option) throws UsageException {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Fall through to the common error below.
    }
    throw new UsageException(
        "invalid value for " + option + ": " + value + " (expected a positive integer)");
  }

  /**
   * Parses lines of the form {@code name partitions}. Blank lines and text after {@code #} are
   * ignored. The returned map keeps the file order.
   */
  static Map<String, Integer> readTopicsFile(Path file) throws IOException, UsageException {
    Map<String, Integer> topics = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      if (comment >= 0) {
        line = line.substring(0, comment);
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      String[] fields = line.split("\\s+");
      if (fields.length != 2) {
        throw new UsageException(where + ": expected 'name partitions', found '" + line + "'");
      }
      String name = fields[0];
      if (!TOPIC_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
        throw new UsageException(where + ": invalid topic name '" + name + "'");
      }
      int partitions = parsePositiveInt(fields[1], "the partition count at " + where);
      if (topics.put(name, partitions) != null) {
        throw new UsageException(where + ": topic '" + name + "' is listed twice");
      }
    }
    return topics;
  }

  private static Properties adminProperties(String bootstrap) {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "alg-local-broker-admin");
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ATTEMPT_TIMEOUT_MS);
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    properties.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1_000);
    properties.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 2_000);
    properties.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 100);
    properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    properties.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 100);
    return properties;
  }

  /**
   * Polls until the broker returns cluster metadata with at least one registered broker. A Kafka
   * 3.9 KRaft broker enables request processing on its client listener only after it has caught
   * up with the metadata log and been unfenced, so a response here means clients can use it.
   */
  private static int awaitBroker(Admin admin, Options options, long deadlineNanos)
      throws InterruptedException {
    Optional<ProcessHandle> broker =
        options.pid > 0 ? ProcessHandle.of(options.pid) : Optional.empty();
    if (options.pid > 0 && broker.isEmpty()) {
      System.err.println(
          "kafka-admin: broker process " + options.pid + " exited before it became ready");
      return EXIT_PROCESS_EXITED;
    }
    Throwable lastError = null;
    while (true) {
      try {
        DescribeClusterResult cluster =
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(ATTEMPT_TIMEOUT_MS));
        int brokers = cluster.nodes().get(ATTEMPT_TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
        if (brokers > 0) {
          String clusterId = cluster.clusterId().get(ATTEMPT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
          System.err.println(
              "kafka-admin: broker at " + options.bootstrap + " is ready (cluster " + clusterId
                  + ", " + brokers + " broker" + (brokers == 1 ? "" : "s") + ")");
          return 0;
        }
        lastError = new IllegalStateException("the cluster reports no registered brokers");
      } catch (ExecutionException e) {
        lastError = e.getCause();
      } catch (TimeoutException e) {
        lastError = e;
      }
      if (broker.isPresent() && !broker.get().isAlive()) {
        System.err.println(
            "kafka-admin: broker process " + options.pid + " exited before it became ready");
        return EXIT_PROCESS_EXITED;
      }
      if (System.nanoTime() >= deadlineNanos) {
        System.err.println(
            "kafka-admin: no broker answered on " + options.bootstrap + " within "
                + options.waitSeconds + " s (last error: " + describe(lastError) + ")");
        return EXIT_UNREACHABLE;
      }
      Thread.sleep(POLL_INTERVAL_MS);
    }
  }

  /**
   * Creates every topic of {@code expected} that the broker does not have yet, in one request.
   * Right after startup the controller may briefly reject creations that it cannot place yet, so
   * retriable errors are retried until the deadline. Existing topics are left unchanged, and a
   * partition count that differs from the file is reported as a warning.
   */
  private static int ensureTopics(Admin admin, Map<String, Integer> expected, long deadlineNanos)
      throws InterruptedException, ExecutionException {
    Set<String> existing =
        admin.listTopics(new ListTopicsOptions().listInternal(false)).names().get();
    reportPartitionMismatches(admin, expected, existing);

    List<NewTopic> missing = new ArrayList<>();
    for (Map.Entry<String, Integer> topic : expected.entrySet()) {
      if (!existing.contains(topic.getKey())) {
        missing.add(new NewTopic(topic.getKey(), topic.getValue(), (short) 1));
      }
    }
    List<String> created = new ArrayList<>();
    while (!missing.isEmpty()) {
      CreateTopicsOptions request = new CreateTopicsOptions().timeoutMs(ATTEMPT_TIMEOUT_MS * 2);
      Map<String, KafkaFuture<Void>> results = admin.createTopics(missing, request).values();
      List<NewTopic> retry = new ArrayList<>();
      Throwable lastError = null;
      for (NewTopic topic : missing) {
        try {
          results.get(topic.name()).get();
          created.add(topic.name());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof TopicExistsException) {
            continue;
          }
          if (!(cause instanceof RetriableException)) {
            System.err.println(
                "kafka-admin: creating topic " + topic.name() + " failed: " + cause);
            return EXIT_TOPICS_FAILED;
          }
          retry.add(topic);
          lastError = cause;
        }
      }
      if (!retry.isEmpty() && System.nanoTime() >= deadlineNanos) {
        System.err.println(
            "kafka-admin: creating topics " + names(retry) + " timed out (last error: "
                + describe(lastError) + ")");
        return EXIT_TOPICS_FAILED;
      }
      missing = retry;
      if (!missing.isEmpty()) {
        Thread.sleep(POLL_INTERVAL_MS);
      }
    }
    int present = expected.size() - created.size();
    String createdList = created.isEmpty() ? "" : " (" + String.join(", ", created) + ")";
    System.err.println(
        "kafka-admin: topics ready: " + created.size() + " created" + createdList + ", "
            + present + " already present");
    return 0;
  }

  private static void reportPartitionMismatches(
      Admin admin, Map<String, Integer> expected, Set<String> existing)
      throws InterruptedException, ExecutionException {
    List<String> listed = expected.keySet().stream().filter(existing::contains).toList();
    if (listed.isEmpty()) {
      return;
    }
    Map<String, TopicDescription> descriptions =
        admin.describeTopics(listed).allTopicNames().get();
    for (TopicDescription description : descriptions.values()) {
      int actual = description.partitions().size();
      int listedCount = expected.get(description.name());
      if (actual != listedCount) {
        System.err.println(
            "kafka-admin: warning: topic " + description.name() + " has " + actual
                + " partitions but the topics file lists " + listedCount + "; it is left unchanged");
      }
    }
  }

  private static String names(List<NewTopic> topics) {
    return String.join(", ", topics.stream().map(NewTopic::name).toList());
  }

  private static String describe(Throwable error) {
    if (error == null) {
      return "none";
    }
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
