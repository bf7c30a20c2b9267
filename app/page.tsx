import { Home } from "@/components/home/home-page";

export default function Page() {
  return <Home />;
}
