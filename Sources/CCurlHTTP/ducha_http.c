#include "ducha_http.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The few declarations of curl/curl.h used here: the option and info numbers are part of
// libcurl's stable ABI (values from curl 7.88's header), so no -dev package is needed to build.
typedef void CURL;
typedef int CURLcode;
struct curl_slist;
enum {
  OPT_WRITEDATA = 10001,
  OPT_URL = 10002,
  OPT_ERRORBUFFER = 10010,
  OPT_POSTFIELDS = 10015,
  OPT_LOW_SPEED_LIMIT = 19,
  OPT_LOW_SPEED_TIME = 20,
  OPT_HTTPHEADER = 10023,
  OPT_CUSTOMREQUEST = 10036,
  OPT_POST = 47,
  OPT_FOLLOWLOCATION = 52,
  OPT_MAXREDIRS = 68,
  OPT_CONNECTTIMEOUT_MS = 156,
  OPT_HTTPGET = 80,
  OPT_NOSIGNAL = 99,
  OPT_WRITEFUNCTION = 20011,
  OPT_POSTFIELDSIZE_LARGE = 30120,
  INFO_RESPONSE_CODE = 0x200000 + 2,
  ERROR_SIZE = 256,
  GLOBAL_DEFAULT = 3,
};

static struct {
  int (*global_init)(long);
  CURL *(*easy_init)(void);
  CURLcode (*easy_setopt)(CURL *, int, ...);
  CURLcode (*easy_perform)(CURL *);
  CURLcode (*easy_getinfo)(CURL *, int, ...);
  void (*easy_reset)(CURL *);
  void (*easy_cleanup)(CURL *);
  const char *(*easy_strerror)(CURLcode);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
  int loaded;
  char problem[256];
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void *symbol(void *library, const char *name) {
  void *found = dlsym(library, name);
  if (found == NULL && curl.problem[0] == 0) {
    snprintf(curl.problem, sizeof curl.problem, "libcurl has no %s", name);
  }
  return found;
}

static void load(void) {
  // Debian's libcurl4 (OpenSSL), its GnuTLS flavour, an unversioned name, macOS's copy.
  static const char *const names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so",
                                      "libcurl.4.dylib"};
  void *library = NULL;
  for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
    library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
  }
  if (library == NULL) {
    snprintf(curl.problem, sizeof curl.problem,
             "libcurl is not installed (apt-get install libcurl4): %s", dlerror());
    return;
  }
  curl.global_init = (int (*)(long))symbol(library, "curl_global_init");
  curl.easy_init = (CURL * (*)(void)) symbol(library, "curl_easy_init");
  curl.easy_setopt = (CURLcode(*)(CURL *, int, ...))symbol(library, "curl_easy_setopt");
  curl.easy_perform = (CURLcode(*)(CURL *))symbol(library, "curl_easy_perform");
  curl.easy_getinfo = (CURLcode(*)(CURL *, int, ...))symbol(library, "curl_easy_getinfo");
  curl.easy_reset = (void (*)(CURL *))symbol(library, "curl_easy_reset");
  curl.easy_cleanup = (void (*)(CURL *))symbol(library, "curl_easy_cleanup");
  curl.easy_strerror = (const char *(*)(CURLcode))symbol(library, "curl_easy_strerror");
  curl.slist_append = (struct curl_slist * (*)(struct curl_slist *, const char *))
      symbol(library, "curl_slist_append");
  curl.slist_free_all = (void (*)(struct curl_slist *))symbol(library, "curl_slist_free_all");
  if (curl.problem[0] != 0) return;
  if (curl.global_init(GLOBAL_DEFAULT) != 0) {
    snprintf(curl.problem, sizeof curl.problem, "libcurl could not be initialised");
    return;
  }
  curl.loaded = 1;
}

// Handles are kept after use: a handle keeps its connection open, so the requests of one sync
// reuse one connection to the server (as URLSession's pool did).
#define POOL_SIZE 16
static CURL *pool[POOL_SIZE];
static int pooled = 0;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;

static CURL *take_handle(void) {
  CURL *handle = NULL;
  pthread_mutex_lock(&pool_lock);
  if (pooled > 0) handle = pool[--pooled];
  pthread_mutex_unlock(&pool_lock);
  return handle != NULL ? handle : curl.easy_init();
}

static void give_back(CURL *handle) {
  curl.easy_reset(handle);
  pthread_mutex_lock(&pool_lock);
  if (pooled < POOL_SIZE) {
    pool[pooled++] = handle;
    handle = NULL;
  }
  pthread_mutex_unlock(&pool_lock);
  if (handle != NULL) curl.easy_cleanup(handle);
}

// An answer larger than this is refused (the largest, a county's sessions, is far smaller).
#define MAXIMUM_BODY ((size_t)1 << 30)

static size_t collect(char *data, size_t size, size_t count, void *context) {
  ducha_http_response *response = context;
  size_t length = size * count;
  if (length == 0) return 0;
  if (response->body_length + length > MAXIMUM_BODY) return 0;  // curl stops: write error
  char *grown = realloc(response->body, response->body_length + length);
  if (grown == NULL) return 0;
  memcpy(grown + response->body_length, data, length);
  response->body = grown;
  response->body_length += length;
  return length;
}

int ducha_http_perform(const ducha_http_request *request, ducha_http_response *response) {
  memset(response, 0, sizeof *response);
  pthread_once(&load_once, load);
  if (!curl.loaded) {
    snprintf(response->error, sizeof response->error, "%s", curl.problem);
    return 2;
  }
  CURL *handle = take_handle();
  if (handle == NULL) {
    snprintf(response->error, sizeof response->error, "libcurl could not make a request");
    return 1;
  }
  char detail[ERROR_SIZE] = {0};
  struct curl_slist *headers = NULL;
  for (size_t i = 0; i < request->header_count; i++) {
    headers = curl.slist_append(headers, request->headers[i]);
  }
  // No "Expect: 100-continue" before a body: the server answers without it, and curl would
  // wait a second for it.
  headers = curl.slist_append(headers, "Expect:");
  curl.easy_setopt(handle, OPT_URL, request->url);
  curl.easy_setopt(handle, OPT_NOSIGNAL, 1L);
  curl.easy_setopt(handle, OPT_ERRORBUFFER, detail);
  curl.easy_setopt(handle, OPT_WRITEFUNCTION, collect);
  curl.easy_setopt(handle, OPT_WRITEDATA, (void *)response);
  // A blackholed address (wrong IP, a port dropped by a firewall) gives no answer at all:
  // the connection has its own, shorter limit, so a silent address is given up in seconds
  // while a reachable server that is slow to answer still has the full silence limit.
  curl.easy_setopt(handle, OPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms);
  curl.easy_setopt(handle, OPT_LOW_SPEED_LIMIT, 1L);
  curl.easy_setopt(handle, OPT_LOW_SPEED_TIME, request->timeout_seconds);
  curl.easy_setopt(handle, OPT_FOLLOWLOCATION, 1L);
  curl.easy_setopt(handle, OPT_MAXREDIRS, 10L);
  curl.easy_setopt(handle, OPT_HTTPHEADER, headers);
  if (strcmp(request->method, "GET") == 0) {
    curl.easy_setopt(handle, OPT_HTTPGET, 1L);
  } else {
    if (strcmp(request->method, "POST") == 0) {
      curl.easy_setopt(handle, OPT_POST, 1L);
    } else {
      curl.easy_setopt(handle, OPT_CUSTOMREQUEST, request->method);
    }
    curl.easy_setopt(handle, OPT_POSTFIELDS, request->body != NULL ? request->body : "");
    curl.easy_setopt(handle, OPT_POSTFIELDSIZE_LARGE, (long long)request->body_length);
  }
  CURLcode code = curl.easy_perform(handle);
  int outcome = 0;
  if (code == 0) {
    curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &response->status);
  } else {
    snprintf(response->error, sizeof response->error, "%s",
             detail[0] != 0 ? detail : curl.easy_strerror(code));
    outcome = 1;
  }
  curl.slist_free_all(headers);
  give_back(handle);
  return outcome;
}

void ducha_http_response_free(ducha_http_response *response) {
  free(response->body);
  response->body = NULL;
  response->body_length = 0;
}
