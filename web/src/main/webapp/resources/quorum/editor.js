/* Names the rich-text editor's editable area after its label, for screen readers (Quill leaves it unnamed). */
(function () {
  function name() {
    document.querySelectorAll('.ui-texteditor').forEach(function (editor) {
      var area = editor.querySelector('.ql-editor');
      var label = document.querySelector('label[for="' + editor.id + '"]');
      if (area && label) {
        if (!label.id) { label.id = editor.id + '-label'; }
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        area.setAttribute('aria-labelledby', label.id);
        editor.setAttribute('aria-labelledby', label.id);
      }
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', name); } else { name(); }
  document.addEventListener('pfAjaxComplete', name);
  if (window.jQuery) { jQuery(document).on('pfAjaxComplete', name); setTimeout(name, 500); }
})();
