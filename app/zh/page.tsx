import HomePage from "../(site)/page";

export default function ZhHomePage() {
  return <HomePage locale="zh" />;
}
