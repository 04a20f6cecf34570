// y-prosemirror's updateYFragment: edit a fragment until it equals a ProseMirror node, keeping what matches.
export { updateYFragment } from 'y-prosemirror';
