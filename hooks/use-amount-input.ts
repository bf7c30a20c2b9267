"use client";

import { useState } from "react";

/** The text of an amount field: what every form model reads (lib/forms/amount), cleared after a transaction. */
export function useAmountInput(initial = "") {
  const [value, setValue] = useState(initial);
  return { value, onChange: setValue, clear: () => setValue("") };
}
