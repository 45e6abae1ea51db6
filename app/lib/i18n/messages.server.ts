/** The root loader's UI texts: one language only travels to the browser. */
export { messagesOf } from "./translate";
