// One HTTP request through libcurl, which is loaded with dlopen at the first request: linking
// it (as FoundationNetworking does) made the dynamic loader map libcurl and its thirty
// libraries at every start of ducha, when only `ducha sync` and `--server` talk to a server.
#ifndef DUCHA_HTTP_H
#define DUCHA_HTTP_H

#include <stddef.h>

/// What to send.
typedef struct {
  const char *method;            // "GET", "POST", …
  const char *url;               // absolute http(s) URL
  const char *const *headers;    // "Name: value" lines
  size_t header_count;
  const void *body;              // NULL for none
  size_t body_length;
  long timeout_seconds;          // the longest silence while the server answers
  long connect_timeout_ms;       // the longest wait for the connection (TCP and TLS)
} ducha_http_request;

/// What came back; free with ducha_http_response_free.
typedef struct {
  long status;                   // the HTTP status, when there was an answer
  char *body;                    // malloc'd answer body (may be NULL when empty)
  size_t body_length;
  char error[512];               // why there was no answer
} ducha_http_response;

/// 0: an answer (any status) is in `response`; 1: no answer (could not connect, time-out,
/// broken connection: `response->error` says which); 2: libcurl could not be loaded.
int ducha_http_perform(const ducha_http_request *request, ducha_http_response *response);

/// Frees the body of a response.
void ducha_http_response_free(ducha_http_response *response);

#endif
