// Labels of undo, redo and the plan's history, in the three languages. What an entry was
// ("delete objective …"), "Undone: …" and the menu's "Undo: …" come from the core, in
// the window's language; these are the window's own words around them. Spread into each
// language's messages.
export const historyEn = {
  editMenu: "Edit",
  undo: "Undo",
  redo: "Redo",
  historyMenu: "History…",
  historyButton: "History",
  historyTitle: "History of the plan",
  historyOfObjective: "History of “{title}”",
  historyNone: "No changes recorded.",
  historyUndone: "undone",
  historyUndoneBy: "Undone by {who}, {date}",
  historyDoor: "Made through: {door}",
  historyAdded: "added",
  historyChanged: "changed",
  historyRemoved: "removed",
  historyMoreRows: "and {count} more rows",
  historyOlder: "Show older changes",
  historyShown: "The newest {count} changes",
};

export const historyVi: typeof historyEn = {
  editMenu: "Sửa",
  undo: "Hoàn tác",
  redo: "Làm lại",
  historyMenu: "Lịch sử…",
  historyButton: "Lịch sử",
  historyTitle: "Lịch sử kế hoạch",
  historyOfObjective: "Lịch sử của “{title}”",
  historyNone: "Chưa có thay đổi nào được ghi lại.",
  historyUndone: "đã hoàn tác",
  historyUndoneBy: "{who} đã hoàn tác, {date}",
  historyDoor: "Thực hiện qua: {door}",
  historyAdded: "đã thêm",
  historyChanged: "đã sửa",
  historyRemoved: "đã xóa",
  historyMoreRows: "và {count} dòng khác",
  historyOlder: "Xem các thay đổi cũ hơn",
  historyShown: "{count} thay đổi mới nhất",
};

export const historyTh: typeof historyEn = {
  editMenu: "แก้ไข",
  undo: "เลิกทำ",
  redo: "ทำซ้ำ",
  historyMenu: "ประวัติ…",
  historyButton: "ประวัติ",
  historyTitle: "ประวัติของแผน",
  historyOfObjective: "ประวัติของ “{title}”",
  historyNone: "ยังไม่มีการเปลี่ยนแปลงที่บันทึกไว้",
  historyUndone: "เลิกทำแล้ว",
  historyUndoneBy: "{who} เลิกทำเมื่อ {date}",
  historyDoor: "ทำผ่าน: {door}",
  historyAdded: "เพิ่ม",
  historyChanged: "แก้ไข",
  historyRemoved: "ลบ",
  historyMoreRows: "และอีก {count} แถว",
  historyOlder: "แสดงการเปลี่ยนแปลงที่เก่ากว่า",
  historyShown: "{count} การเปลี่ยนแปลงล่าสุด",
};
