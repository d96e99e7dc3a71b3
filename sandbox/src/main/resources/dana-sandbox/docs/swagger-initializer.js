// Written for the DANA sandbox: the specs come from this server, never from the internet.
// "Try it out" goes to this sandbox (the first server of every spec it answers) and is signed here for the
// built-in demo merchant: the page asks /sandbox/demo/sign for the SNAP headers over the exact body it sends,
// the access-token signature, the Open API envelope or NICEPAY's merchantToken. A request naming another
// merchant (X-PARTNER-ID, X-CLIENT-KEY, head.clientId, iMid) goes as written: its sender signs it.
(function () {
  var b2bToken = null;

  function sameOrigin(url) {
    return url.origin === window.location.origin;
  }

  async function signed(method, path, headers, body) {
    var answer = await fetch('/sandbox/demo/sign', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({method: method, path: path, headers: headers, body: body})
    });
    return answer.ok ? answer.json() : null;
  }

  // A B2B access token, obtained on demand: only for an operation whose spec declares an Authorization header
  async function bearer() {
    if (b2bToken === null) {
      var path = '/v1.0/access-token/b2b.htm';
      var body = '{"grantType":"client_credentials"}';
      var sign = await signed('POST', path, {}, body);
      var answer = await fetch(path, {
        method: 'POST',
        headers: Object.assign({'Content-Type': 'application/json'}, sign ? sign.headers : {}),
        body: body
      });
      b2bToken = (await answer.json()).accessToken;
    }
    return 'Bearer ' + b2bToken;
  }

  async function signForTheDemoMerchant(request) {
    var url = new URL(request.url, window.location.href);
    if (request.loadSpec || !sameOrigin(url) || /^\/(sandbox|openapi|docs)\//.test(url.pathname)) {
      return request;
    }
    request.headers = request.headers || {};
    var body = request.body == null ? '' : (typeof request.body === 'string' ? request.body : JSON.stringify(request.body));
    var answer = await signed(request.method, url.pathname, request.headers, body);
    if (answer === null) {
      return request;
    }
    Object.keys(answer.headers).forEach(function (name) {
      request.headers[name] = answer.headers[name];
    });
    request.body = answer.body;
    var authorization = Object.keys(request.headers).filter(function (name) {
      return name.toLowerCase() === 'authorization';
    })[0];
    if (authorization !== undefined) {
      request.headers[authorization] = await bearer();
    }
    return request;
  }

  window.onload = function () {
    window.ui = SwaggerUIBundle({
      urls: [
        /*SPEC_URLS*/
      ],
      dom_id: '#swagger-ui',
      deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: 'StandaloneLayout',
      requestInterceptor: signForTheDemoMerchant
    });
    fetch('/sandbox/demo/merchant').then(function (r) { return r.json(); }).then(function (demo) {
      Object.keys(demo).forEach(function (field) {
        document.querySelectorAll('[data-demo="' + field + '"]').forEach(function (element) {
          element.textContent = demo[field];
        });
      });
    });
  };
})();
