import { cpSync, mkdirSync } from "node:fs";

mkdirSync("out", { recursive: true });
cpSync("src", "out", { recursive: true });
