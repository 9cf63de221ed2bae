/*
 * pxlaunch: the measuring launcher that runs as PID 1 of every ProctorX
 * container.  It exists so that a program's CPU time, wall time and memory are
 * measured around the program alone, never around the container's start, and
 * so that a container can be started ahead of need and handed its program and
 * input later over its standard input (no host mount, works with a remote
 * engine).
 *
 *   pxlaunch [options] -- COMMAND [ARG...]
 *
 * Standard input carries, in order:
 *   "PX1 <count> <nonce>\n", then <count> files, each "<mode-octal> <size> <name>\n"
 *   followed by <size> bytes, written into the working directory;
 *   then the program's own standard input, passed through untouched.
 *
 * Options:
 *   --cpu-ms N       CPU limit (RLIMIT_CPU, rounded up, plus one second of grace:
 *                    the judge compares the measured time with the exact limit)
 *   --wall-ms N      wall-clock limit: everything is killed when it passes
 *   --fsize-kb N     largest file the program may write (RLIMIT_FSIZE)
 *   --nofile N       most open files (RLIMIT_NOFILE)
 *   --stack-kb N     stack size (RLIMIT_STACK); 0 means unlimited
 *   --env K=V        an environment variable (the environment starts empty)
 *   --stdout-to-stderr   the command's stdout goes to stderr (compilers,
 *                    validators), leaving stdout for --collect
 *   --collect GLOB   when the command has ended, write the matching files to stdout
 *                    in the same "PX1" format (how a compiled program leaves
 *                    the compile container, and a validator's feedback)
 *
 * When the command ends, every other process in the container is killed, and
 * the launcher ends both streams with the run's nonce, which only the host and
 * the launcher know (it came before the program started, and the launcher is
 * not dumpable): stdout with "\036PXEND <nonce>\n", stderr with the report
 *   "\036PXREPORT <nonce> <exit> <signal> <cpu_ms> <wall_ms> <maxrss_kb> <timeout> <oom>\n"
 * so the host knows the run is over without waiting for the engine to close
 * the stream (about 20 ms a test).  As PID 1 of its PID namespace the launcher can't be killed from inside, and it
 * is made non-dumpable so the program can't trace it: the report is its own.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_ENV 64
#define MAX_COLLECT 16

static void die(const char *what) {
    fprintf(stderr, "pxlaunch: %s: %s\n", what, strerror(errno));
    _exit(125);
}

static int read_full(int fd, char *buf, size_t n) {
    while (n > 0) {
        ssize_t r = read(fd, buf, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return -1;
        buf += r;
        n -= (size_t)r;
    }
    return 0;
}

static int write_full(int fd, const char *buf, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, buf, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        buf += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Reads one header line byte by byte: nothing past it may be consumed, since
 * what follows the files is the program's own input. */
static int read_line(char *buf, size_t cap) {
    size_t i = 0;
    while (i + 1 < cap) {
        char c;
        ssize_t r = read(0, &c, 1);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return -1;
        if (c == '\n') break;
        buf[i++] = c;
    }
    buf[i] = 0;
    return 0;
}

static int safe_name(const char *name) {
    if (!*name || name[0] == '/' || strstr(name, "..")) return 0;
    return 1;
}

static char nonce[64];

static void receive_files(void) {
    char line[4352];
    unsigned count;
    if (read_line(line, sizeof line) < 0 || sscanf(line, "PX1 %u %63s", &count, nonce) != 2) {
        fprintf(stderr, "pxlaunch: bad header on stdin\n");
        _exit(125);
    }
    for (unsigned i = 0; i < count; i++) {
        unsigned mode;
        unsigned long long size;
        char name[4096];
        if (read_line(line, sizeof line) < 0 ||
            sscanf(line, "%o %llu %4095[^\n]", &mode, &size, name) != 3 || !safe_name(name)) {
            fprintf(stderr, "pxlaunch: bad file entry on stdin\n");
            _exit(125);
        }
        for (char *s = strchr(name, '/'); s; s = strchr(s + 1, '/')) {
            *s = 0;
            mkdir(name, 0755);
            *s = '/';
        }
        int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, mode & 0777);
        if (fd < 0) die(name);
        char buf[65536];
        while (size > 0) {
            size_t chunk = size < sizeof buf ? (size_t)size : sizeof buf;
            if (read_full(0, buf, chunk) < 0) die("short file on stdin");
            if (write_full(fd, buf, chunk) < 0) die(name);
            size -= chunk;
        }
        close(fd);
    }
}

static void send_files(char **patterns, int npatterns) {
    glob_t g;
    memset(&g, 0, sizeof g);
    for (int i = 0; i < npatterns; i++)
        glob(patterns[i], (i ? GLOB_APPEND : 0) | GLOB_NOSORT, NULL, &g);
    char line[4352];
    unsigned count = 0;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        struct stat st;
        if (stat(g.gl_pathv[i], &st) == 0 && S_ISREG(st.st_mode)) count++;
    }
    snprintf(line, sizeof line, "PX1 %u\n", count);
    write_full(1, line, strlen(line));
    for (size_t i = 0; i < g.gl_pathc; i++) {
        struct stat st;
        if (stat(g.gl_pathv[i], &st) != 0 || !S_ISREG(st.st_mode)) continue;
        int fd = open(g.gl_pathv[i], O_RDONLY);
        if (fd < 0) die(g.gl_pathv[i]);
        snprintf(line, sizeof line, "%o %llu %s\n", (unsigned)(st.st_mode & 0777),
                 (unsigned long long)st.st_size, g.gl_pathv[i]);
        write_full(1, line, strlen(line));
        char buf[65536];
        ssize_t r;
        while ((r = read(fd, buf, sizeof buf)) > 0) write_full(1, buf, (size_t)r);
        close(fd);
    }
    globfree(&g);
}

static long oom_kills(void) {
    /* cgroup v2 first, then v1: the kernel's own count of OOM kills in this
     * container, so an OOM is told apart from any other SIGKILL. */
    const char *paths[] = {"/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"};
    for (int i = 0; i < 2; i++) {
        FILE *f = fopen(paths[i], "r");
        if (!f) continue;
        char key[64];
        long value, found = -1;
        while (fscanf(f, "%63s %ld", key, &value) == 2)
            if (strcmp(key, "oom_kill") == 0) found = value;
        fclose(f);
        if (found >= 0) return found;
    }
    return 0;
}

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void set_limit(int resource, rlim_t value) {
    struct rlimit rl = {value, value};
    setrlimit(resource, &rl);
}

int main(int argc, char **argv) {
    long cpu_ms = 0, wall_ms = 0, fsize_kb = 0, nofile = 0, stack_kb = -1;
    int stdout_to_stderr = 0, ncollect = 0, nenv = 0;
    char *collect[MAX_COLLECT];
    char *env[MAX_ENV + 1];
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) { i++; break; }
        if (i + 1 >= argc && strcmp(a, "--stdout-to-stderr") != 0) { fprintf(stderr, "pxlaunch: %s needs a value\n", a); return 125; }
        if (strcmp(a, "--cpu-ms") == 0) cpu_ms = atol(argv[++i]);
        else if (strcmp(a, "--wall-ms") == 0) wall_ms = atol(argv[++i]);
        else if (strcmp(a, "--fsize-kb") == 0) fsize_kb = atol(argv[++i]);
        else if (strcmp(a, "--nofile") == 0) nofile = atol(argv[++i]);
        else if (strcmp(a, "--stack-kb") == 0) stack_kb = atol(argv[++i]);
        else if (strcmp(a, "--env") == 0 && nenv < MAX_ENV) env[nenv++] = argv[++i];
        else if (strcmp(a, "--collect") == 0 && ncollect < MAX_COLLECT) collect[ncollect++] = argv[++i];
        else if (strcmp(a, "--stdout-to-stderr") == 0) stdout_to_stderr = 1;
        else { fprintf(stderr, "pxlaunch: unknown option %s\n", a); return 125; }
    }
    env[nenv] = NULL;
    if (i >= argc) { fprintf(stderr, "pxlaunch: no command\n"); return 125; }

    prctl(PR_SET_DUMPABLE, 0);
    receive_files();

    /* SIGCHLD stays blocked and is waited for with a timeout: no handler, so no
     * signal the program sends to PID 1 can reach the launcher. */
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);

    long oom_before = oom_kills();
    long long start = now_ms();
    pid_t child = fork();
    if (child < 0) die("fork");
    if (child == 0) {
        sigprocmask(SIG_UNBLOCK, &chld, NULL);
        if (stdout_to_stderr) dup2(2, 1);
        if (cpu_ms > 0) {
            rlim_t secs = (rlim_t)((cpu_ms + 999) / 1000 + 1);
            struct rlimit rl = {secs, secs + 1};
            setrlimit(RLIMIT_CPU, &rl);
        }
        if (fsize_kb > 0) set_limit(RLIMIT_FSIZE, (rlim_t)fsize_kb * 1024);
        if (nofile > 0) set_limit(RLIMIT_NOFILE, (rlim_t)nofile);
        if (stack_kb == 0) set_limit(RLIMIT_STACK, RLIM_INFINITY);
        else if (stack_kb > 0) set_limit(RLIMIT_STACK, (rlim_t)stack_kb * 1024);
        set_limit(RLIMIT_CORE, 0);
        execvpe(argv[i], argv + i, env);
        fprintf(stderr, "pxlaunch: cannot run %s: %s\n", argv[i], strerror(errno));
        _exit(127);
    }
    close(0);

    int status = 0, timed_out = 0, have_status = 0;
    long long wall = 0;
    for (;;) {
        int st;
        pid_t p;
        while ((p = waitpid(-1, &st, WNOHANG)) > 0)
            if (p == child) { status = st; have_status = 1; wall = now_ms() - start; }
        if (have_status) break;
        long long left = wall_ms > 0 ? wall_ms - (now_ms() - start) : 3600000;
        if (left <= 0) { timed_out = 1; wall = now_ms() - start; break; }
        struct timespec ts = {left / 1000, (left % 1000) * 1000000};
        sigtimedwait(&chld, NULL, &ts);
    }
    /* The program is done: nothing it started may outlive it or write after
     * the report.  kill(-1) from PID 1 reaches every other process here. */
    while (kill(-1, SIGKILL) == 0 || waitpid(-1, NULL, WNOHANG) > 0) {
        while (waitpid(-1, NULL, 0) > 0) {}
    }
    while (waitpid(-1, NULL, 0) > 0) {}

    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    long long cpu = (long long)ru.ru_utime.tv_sec * 1000 + ru.ru_utime.tv_usec / 1000 +
                    (long long)ru.ru_stime.tv_sec * 1000 + ru.ru_stime.tv_usec / 1000;
    int code = -1, sig = 0;
    if (have_status && WIFEXITED(status)) code = WEXITSTATUS(status);
    if (have_status && WIFSIGNALED(status)) sig = WTERMSIG(status);
    int oom = oom_kills() > oom_before;

    if (ncollect > 0 && have_status) send_files(collect, ncollect);
    char report[256];
    snprintf(report, sizeof report, "\036PXEND %s\n", nonce);
    write_full(1, report, strlen(report));
    snprintf(report, sizeof report, "\n\036PXREPORT %s %d %d %lld %lld %ld %d %d\n", nonce, code, sig, cpu,
             wall, ru.ru_maxrss, timed_out, oom);
    write_full(2, report, strlen(report));
    return 0;
}
