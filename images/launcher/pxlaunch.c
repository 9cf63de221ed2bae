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
 *   --cpu-ms N       CPU limit of the program's processes and threads together,
 *                    read from the container's cgroup: past it everything is
 *                    killed (RLIMIT_CPU, rounded up plus one second of grace,
 *                    stays as each process's own backstop)
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
 *   "\036PXREPORT <nonce> <exit> <signal> <cpu_ms> <wall_ms> <memory_kb> <timeout> <oom> <pids>\n"
 * so the host knows the run is over without waiting for the engine to close
 * the stream (about 20 ms a test).  As PID 1 of its PID namespace the launcher can't be killed from inside, it
 * is made non-dumpable so the program can't trace it, and the program is the
 * OOM killer's first choice: the report is its own.
 *
 * CPU time and peak memory are the container's cgroup's (v1 cpuacct + memory,
 * or v2), read just before the program starts and after its last process is
 * gone: every process and thread it started counts, even one reaped by the
 * kernel (SIGCHLD ignored) whose time getrusage(RUSAGE_CHILDREN) never sees.
 * Without a readable cgroup, getrusage is what is left.
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

/* When the container's memory runs out, the kernel kills its largest
 * process, and the launcher's few hundred KB can outweigh each of a fork
 * bomb's processes (whose failed forks fill the memory limit with kernel
 * memory on a loaded machine): the report would die with it.  The program and
 * everything it starts volunteer first (raising one's own score needs no
 * privilege), so running out of memory stays the program's verdict. */
static void give_up_first_to_the_oom_killer(void) {
    /* A process that is not dumpable has its /proc files owned by root: this
     * child, about to become the program, is made dumpable again (exec would
     * anyway), and no other process of the program exists yet to look. */
    prctl(PR_SET_DUMPABLE, 1);
    int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (fd < 0) return;
    write_full(fd, "1000", 4);
    close(fd);
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

/* Opens a file under the working directory for reading without following a
 * symlink anywhere on its path (the program may have left one to a file it
 * could not otherwise send out, or to a FIFO); -1 when it isn't a plain
 * file reached through plain directories. */
static int open_collected(const char *name, struct stat *st) {
    char path[4096];
    if (!safe_name(name) || strlen(name) >= sizeof path) return -1;
    strcpy(path, name);
    int dir = AT_FDCWD;
    char *part = path;
    for (char *slash; (slash = strchr(part, '/')) != NULL; part = slash + 1) {
        *slash = 0;
        if (!*part) continue;  /* "a//b" */
        int next = openat(dir, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (dir != AT_FDCWD) close(dir);
        if (next < 0) return -1;
        dir = next;
    }
    int fd = openat(dir, part, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (dir != AT_FDCWD) close(dir);
    if (fd < 0) return -1;
    if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
        close(fd);
        return -1;
    }
    return fd;
}

static void send_files(char **patterns, int npatterns) {
    glob_t g;
    memset(&g, 0, sizeof g);
    for (int i = 0; i < npatterns; i++)
        glob(patterns[i], (i ? GLOB_APPEND : 0) | GLOB_NOSORT, NULL, &g);
    char line[4352];
    unsigned count = 0;
    int *fds = calloc(g.gl_pathc + 1, sizeof *fds);
    struct stat *stats = calloc(g.gl_pathc + 1, sizeof *stats);
    if (!fds || !stats) die("calloc");
    for (size_t i = 0; i < g.gl_pathc; i++) {
        fds[i] = open_collected(g.gl_pathv[i], &stats[i]);
        if (fds[i] >= 0) count++;
    }
    snprintf(line, sizeof line, "PX1 %u\n", count);
    write_full(1, line, strlen(line));
    for (size_t i = 0; i < g.gl_pathc; i++) {
        if (fds[i] < 0) continue;
        unsigned long long left = (unsigned long long)stats[i].st_size;
        snprintf(line, sizeof line, "%o %llu %s\n", (unsigned)(stats[i].st_mode & 0777), left, g.gl_pathv[i]);
        write_full(1, line, strlen(line));
        /* Exactly the size announced, whatever the file does meanwhile. */
        char buf[65536];
        while (left > 0) {
            ssize_t r = read(fds[i], buf, left < sizeof buf ? (size_t)left : sizeof buf);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) {
                memset(buf, 0, sizeof buf);
                r = left < sizeof buf ? (ssize_t)left : (ssize_t)sizeof buf;
            }
            write_full(1, buf, (size_t)r);
            left -= (unsigned long long)r;
        }
        close(fds[i]);
    }
    free(fds);
    free(stats);
    globfree(&g);
}

/* The container's cgroup, v2 or v1.  Its files are opened before the program
 * starts and read again through the same descriptors: a program that fills
 * the memory (opening a file needs some) or the file table can't keep the
 * launcher from reading them afterwards. */
struct cgroup {
    int v2;
    int cpu;      /* v2 cpu.stat (usage_usec); v1 cpuacct.usage (ns) */
    int current;  /* memory.current; v1 memory.usage_in_bytes */
    int peak;     /* memory.peak (Linux 5.19+); v1 memory.max_usage_in_bytes */
    int events;   /* memory.events; v1 memory.oom_control: both count oom_kill */
    int pids;     /* pids.events, v1 and v2: "max" counts forks refused at the pids limit */
};

static const char *cgroup_root = "/sys/fs/cgroup";

static int open_in_cgroup(const char *name) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", cgroup_root, name);
    return open(path, O_RDONLY | O_CLOEXEC);
}

static void cgroup_open(struct cgroup *cg) {
    int probe = open_in_cgroup("cgroup.controllers");
    cg->v2 = probe >= 0;
    if (probe >= 0) close(probe);
    if (cg->v2) {
        cg->cpu = open_in_cgroup("cpu.stat");
        cg->current = open_in_cgroup("memory.current");
        cg->peak = open_in_cgroup("memory.peak");
        cg->events = open_in_cgroup("memory.events");
        cg->pids = open_in_cgroup("pids.events");
    } else {
        cg->cpu = open_in_cgroup("cpuacct/cpuacct.usage");
        if (cg->cpu < 0) cg->cpu = open_in_cgroup("cpu,cpuacct/cpuacct.usage");
        cg->current = open_in_cgroup("memory/memory.usage_in_bytes");
        cg->peak = open_in_cgroup("memory/memory.max_usage_in_bytes");
        cg->events = open_in_cgroup("memory/memory.oom_control");
        cg->pids = open_in_cgroup("pids/pids.events");
    }
}

/* The number after `key` on a line "key value" (cpu.stat, memory.events,
 * memory.oom_control), or the text's first number when key is NULL
 * (cpuacct.usage, memory.current); -1 when there is none. */
static long long parse_value(const char *text, const char *key) {
    size_t klen = key ? strlen(key) : 0;
    for (const char *line = text; *line; ) {
        const char *value = line;
        if (key) {
            value = NULL;
            if (strncmp(line, key, klen) == 0 && line[klen] == ' ') value = line + klen + 1;
        }
        if (value) {
            char *end;
            long long n = strtoll(value, &end, 10);
            if (end != value && n >= 0) return n;
            if (!key) return -1;
        }
        const char *next = strchr(line, '\n');
        if (!next) break;
        line = next + 1;
    }
    return -1;
}

/* The value in a cgroup file read from its start again; -1 when unreadable. */
static long long cgroup_read(int fd, const char *key) {
    if (fd < 0) return -1;
    char buf[4096];
    ssize_t n;
    do n = pread(fd, buf, sizeof buf - 1, 0); while (n < 0 && errno == EINTR);
    if (n <= 0) return -1;
    buf[n] = 0;
    return parse_value(buf, key);
}

/* CPU time of every task in the cgroup so far, in nanoseconds; -1 unknown. */
static long long cgroup_cpu_ns(const struct cgroup *cg) {
    if (!cg->v2) return cgroup_read(cg->cpu, NULL);
    long long us = cgroup_read(cg->cpu, "usage_usec");
    return us < 0 ? -1 : us * 1000;
}

/* The kernel's own count of OOM kills in this container, so an OOM is told
 * apart from any other SIGKILL. */
static long long cgroup_oom_kills(const struct cgroup *cg) {
    long long n = cgroup_read(cg->events, "oom_kill");
    return n < 0 ? 0 : n;
}

/* How many forks the pids limit has refused in this container: a program
 * that ran into it is told apart (a fork bomb is RE or TLE, even when the
 * kernel memory of its failed forks is what ran out first). */
static long long cgroup_forks_refused(const struct cgroup *cg) {
    long long n = cgroup_read(cg->pids, "max");
    return n < 0 ? 0 : n;
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

#ifdef PXLAUNCH_CGROUP_TEST
/* Built by the unit tests with -DPXLAUNCH_CGROUP_TEST: what the launcher
 * reads from the cgroup tree at argv[1], one "name value" a line. */
int main(int argc, char **argv) {
    if (argc > 1) cgroup_root = argv[1];
    struct cgroup cg;
    cgroup_open(&cg);
    printf("v2 %d\ncpu_ns %lld\ncurrent %lld\npeak %lld\noom_kills %lld\nforks_refused %lld\n", cg.v2,
           cgroup_cpu_ns(&cg), cgroup_read(cg.current, NULL), cgroup_read(cg.peak, NULL), cgroup_oom_kills(&cg),
           cgroup_forks_refused(&cg));
    return 0;
}
#else
int main(int argc, char **argv) {
    long long cpu_ms = 0, wall_ms = 0, fsize_kb = 0, nofile = 0, stack_kb = -1;
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
    struct cgroup cg;
    cgroup_open(&cg);
    receive_files();

    /* SIGCHLD stays blocked and is waited for with a timeout: no handler, so no
     * signal the program sends to PID 1 can reach the launcher. */
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);

    /* What the cgroup holds before the program: the launcher itself and the
     * files it has just written to the tmpfs. */
    long long oom_before = cgroup_oom_kills(&cg);
    long long refused_before = cgroup_forks_refused(&cg);
    long long cpu_before = cgroup_cpu_ns(&cg);
    long long mem_before = cgroup_read(cg.current, NULL);
    long long peak_before = cgroup_read(cg.peak, NULL);
    long long mem_seen = mem_before;
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
        give_up_first_to_the_oom_killer();
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
        long long used_ns = cgroup_cpu_ns(&cg);
        long long current = cgroup_read(cg.current, NULL);
        if (current > mem_seen) mem_seen = current;
        if (cpu_ms > 0 && used_ns >= 0 && cpu_before >= 0) {
            /* Every process counts together here.  With the container's
             * quota of one CPU, the usage grows no faster than the clock (but
             * for one quota period): sleeping for the budget still left is
             * enough to see it crossed, without waking for nothing. */
            long long used_ms = (used_ns - cpu_before) / 1000000;
            if (used_ms > cpu_ms) { wall = now_ms() - start; break; }
            if (cpu_ms - used_ms + 1 < left) left = cpu_ms - used_ms + 1;
        }
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
    long long cpu_after = cgroup_cpu_ns(&cg);
    if (cpu_before >= 0 && cpu_after >= cpu_before && (cpu_after - cpu_before) / 1000000 > cpu)
        cpu = (cpu_after - cpu_before) / 1000000;

    /* Peak memory: the cgroup's peak over what it held before the program,
     * which counts every process (and the files it left in the tmpfs), or
     * the largest resident set of a process we waited for, whichever is
     * larger.  The cgroup's peak dates from the container's start, when the
     * runtime's own set-up ran here: when the program never went past it,
     * the highest usage seen while it ran stands in.  Page cache the program
     * is the first to read counts too (a few MB at most for these
     * runtimes), so a small program still reports a few MB. */
    long long peak_after = cgroup_read(cg.peak, NULL);
    long long mem_kb = ru.ru_maxrss;
    if (mem_before >= 0) {
        long long high = peak_after > peak_before && peak_before >= 0 ? peak_after : mem_seen;
        if ((high - mem_before) / 1024 > mem_kb) mem_kb = (high - mem_before) / 1024;
    }
    int code = -1, sig = 0;
    if (have_status && WIFEXITED(status)) code = WEXITSTATUS(status);
    if (have_status && WIFSIGNALED(status)) sig = WTERMSIG(status);
    int oom = cgroup_oom_kills(&cg) > oom_before;
    int pids_limit_hit = cgroup_forks_refused(&cg) > refused_before;

    if (ncollect > 0 && have_status) send_files(collect, ncollect);
    char report[256];
    snprintf(report, sizeof report, "\036PXEND %s\n", nonce);
    write_full(1, report, strlen(report));
    snprintf(report, sizeof report, "\n\036PXREPORT %s %d %d %lld %lld %lld %d %d %d\n", nonce, code, sig, cpu,
             wall, mem_kb, timed_out, oom, pids_limit_hit);
    write_full(2, report, strlen(report));
    return 0;
}
#endif
