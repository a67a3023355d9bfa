/* Drag-and-drop for the agenda builder. Dropping an item on another puts it at that item's place (among that
   item's siblings); dropping on a section heading puts it first in the section. The move buttons do the same by
   keyboard. */
(function () {
    var dragged = null;
    document.addEventListener('dragstart', function (e) {
        var item = e.target.closest && e.target.closest('.agenda-item');
        if (!item) { return; }
        dragged = item.getAttribute('data-item');
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', dragged);
    });
    document.addEventListener('dragover', function (e) {
        if (dragged && e.target.closest && e.target.closest('.agenda-item, .section-title')) {
            e.preventDefault();
        }
    });
    document.addEventListener('drop', function (e) {
        var target = e.target.closest && e.target.closest('.agenda-item, .section-title');
        if (!dragged || !target || target.getAttribute('data-item') === dragged) { return; }
        e.preventDefault();
        moveItem([
            {name: 'item', value: dragged},
            {name: 'section', value: target.getAttribute('data-section')},
            {name: 'parent', value: target.getAttribute('data-parent')},
            {name: 'index', value: target.getAttribute('data-index')}
        ]);
        dragged = null;
    });
})();
