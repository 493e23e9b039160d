import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';

export const UPLOAD_PROGRESS_PATH = '/assets/upload-progress.js';

/**
 * The one script of the workspace, for forms marked `data-upload-progress`: posts the same form
 * (with its one-time key, from the button's formaction) by XMLHttpRequest so a `<progress>` can show
 * how much of a long file is sent. Success follows the redirect; a refusal shows the page it answered.
 * Forms marked `data-busy` (a post that does slow work, such as sending many requests) only have their
 * button say so and stop taking clicks. Without the script (or JavaScript) the forms post as usual.
 * Several sections of one page may load it: each form is bound once.
 */
const SCRIPT = `'use strict';
function unbound(selector) {
  return Array.prototype.filter.call(document.querySelectorAll(selector), function (form) {
    if (form.dataset.bound) return false;
    form.dataset.bound = 'true';
    return true;
  });
}
unbound('form[data-busy]').forEach(function (form) {
  form.addEventListener('submit', function () {
    var button = form.querySelector('button[type=submit]');
    button.textContent = form.dataset.busy;
    form.setAttribute('aria-busy', 'true');
    // Disabled after the submission has taken the button's formaction (the form's one-time key).
    setTimeout(function () { button.disabled = true; });
  });
});
unbound('form[data-upload-progress]').forEach(function (form) {
  var bar = form.querySelector('progress');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', (event.submitter && event.submitter.formAction) || form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) bar.value = e.loaded / e.total;
    });
    xhr.addEventListener('load', function () {
      if (xhr.status < 400) return location.assign(xhr.responseURL);
      var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      document.replaceChild(document.adoptNode(page.documentElement), document.documentElement);
    });
    xhr.addEventListener('error', function () {
      bar.hidden = true;
      form.querySelector('button[type=submit]').disabled = false;
    });
    bar.hidden = false;
    form.querySelector('button[type=submit]').disabled = true;
    xhr.send(new FormData(form));
  });
});
`;

@ApiExcludeController()
@Public()
@Controller('assets')
export class AssetsController {
  @Get('upload-progress.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  uploadProgress(): string {
    return SCRIPT;
  }
}
