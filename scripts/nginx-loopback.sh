# Sourced by scripts/replicas.sh and scripts/bench.sh: nginx in the foreground, as an
# unprivileged one-off under a scratch folder, in front of casebot replicas on loopback.

# Writes "$1/nginx.conf": nginx's own settings under the scratch folder $1 (pid, logs,
# temporary files; $2 connections per worker), then an `http` block made of the upstream and
# server blocks read from standard input.
nginx_loopback_conf() { # work worker_connections < http blocks
  local work="$1" connections="$2"
  mkdir -p "$work/nginx-tmp"
  chmod 777 "$work/nginx-tmp"
  {
    cat <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections $connections; }
http {
  access_log off;
  client_body_temp_path $work/nginx-tmp/body;
  proxy_temp_path $work/nginx-tmp/proxy;
  fastcgi_temp_path $work/nginx-tmp/fastcgi;
  uwsgi_temp_path $work/nginx-tmp/uwsgi;
  scgi_temp_path $work/nginx-tmp/scgi;
CONF
    cat
    echo "}"
  } >"$work/nginx.conf"
}
